// The import report: created annotations (linked to their documents) and, per failure, where in
// the file it was and why it was not placed.
import Link from "next/link";
import type { ImportReport } from "@/lib/annotation-import/import-annotations";

const REASONS: Record<string, string> = {
  invalid: "Not readable",
  no_document: "No matching document",
  ambiguous_document: "Several matching documents",
  not_found: "Quote not found",
  ambiguous: "Quote occurs more than once",
  no_quote: "No quote to place it by",
  bad_position: "Position outside the text",
  duplicate: "Already annotated",
};

const where = (r: { index: number; target: number | null }) => `#${r.index + 1}${r.target !== null ? `, target ${r.target + 1}` : ""}`;

export function ImportReportView({ projectId, report }: { projectId: string; report: ImportReport }) {
  return (
    <section aria-labelledby="import-report-heading" className="panel stack" data-testid="import-report">
      <h2 id="import-report-heading">
        {report.created.length} of {report.total} placed
      </h2>
      {report.created.length ? (
        <ul>
          {report.created.map((c) => (
            <li key={c.annotationId}>
              {where(c)}: “<span dir="auto">{c.exact}</span>” at {c.start}–{c.end} on{" "}
              <Link href={`/projects/${projectId}/documents/${c.documentId}`}>the document</Link>
            </li>
          ))}
        </ul>
      ) : null}
      {report.failed.length ? (
        <div className="table-scroll">
          <table className="data-table">
            <caption>Not placed</caption>
            <thead>
              <tr>
                <th scope="col">Annotation</th>
                <th scope="col">Why</th>
                <th scope="col">Detail</th>
              </tr>
            </thead>
            <tbody>
              {report.failed.map((f) => (
                <tr key={`${f.index}-${f.target}`}>
                  <td className="nowrap">{where(f)}</td>
                  <td>{REASONS[f.reason] ?? f.reason}</td>
                  <td className="break">{f.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
