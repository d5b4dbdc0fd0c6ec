// The export's progress: a labelled <progress> with the count of rows (or claims) and bytes. The
// live region announces phases only, not every number.
import { formatBytes } from "@/lib/documents/import-file";
import type { DownloadState } from "./use-export-download";

const PHASE_TEXT = {
  idle: "",
  starting: "Counting what the filter selects…",
  streaming: "Downloading…",
  done: "Download complete.",
  failed: "The export did not complete.",
  cancelled: "Download cancelled.",
} as const;

export function ExportProgress({ state, unit }: { state: DownloadState; unit: string }) {
  const { phase, received, total, bytes } = state;
  const known = received !== null && total !== null && total > 0;
  const value = phase === "done" ? (total ?? 1) : known ? Math.min(received, total) : undefined;
  const percent = phase === "done" ? 100 : known ? Math.floor((Math.min(received, total) / total) * 100) : null;
  return (
    <div className="export-progress">
      {phase === "idle" ? null : (
        <>
          <label htmlFor="export-progress-bar">Export progress</label>
          <progress id="export-progress-bar" max={total && total > 0 ? total : 1} value={value}>
            {percent === null ? "" : `${percent}%`}
          </progress>
          <p className="muted small" data-testid="export-figures">
            {received !== null ? `${received.toLocaleString("en")}${total !== null ? ` of ${total.toLocaleString("en")}` : ""} ${unit}` : total !== null ? `${total.toLocaleString("en")} claims` : ""}
            {percent !== null ? ` (${percent}%)` : ""} · {formatBytes(bytes)}
          </p>
        </>
      )}
      <p aria-live="polite" className="export-status">
        {PHASE_TEXT[phase]}
      </p>
    </div>
  );
}
