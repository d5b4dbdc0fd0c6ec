// A release's files: name, size, sha256 and a download link that returns exactly those bytes.
import { formatBytes } from "@/lib/documents/import-file";
import type { ReleaseManifest } from "@/lib/releases/release-view";

export type ReleaseSummary = Pick<ReleaseManifest, "id" | "name" | "createdAt" | "counts" | "files">;

export function ReleaseFiles({ release }: { release: ReleaseSummary }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">Files of release {release.name}</caption>
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Size</th>
            <th scope="col">sha256</th>
          </tr>
        </thead>
        <tbody>
          {release.files.map((f) => (
            <tr key={f.name}>
              <td>
                <a href={f.url} download>
                  {f.name}
                </a>
              </td>
              <td className="nowrap">{formatBytes(f.bytes)}</td>
              <td className="sha">{f.sha256}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
