// A labelled <progress> for an upload. The live region is always in the page and announces the
// phase (not every percent, which would drown a screen reader); the bar and figures show the detail.
import { formatBytes } from "@/lib/documents/import-file";
import type { UploadState } from "./use-upload";
import "./import.css";

const PHASE_TEXT = {
  idle: "",
  uploading: "Uploading…",
  processing: "Uploaded. The server is checking and storing the text…",
  done: "Upload complete.",
  failed: "The upload did not go through.",
} as const;

function percentOf(state: UploadState): number | undefined {
  if (state.phase === "processing" || state.phase === "done") return 100;
  return state.total > 0 ? Math.floor((state.loaded / state.total) * 100) : undefined;
}

export function UploadProgress({ id, state }: { id: string; state: UploadState }) {
  const percent = percentOf(state);
  return (
    <div className={`upload-progress upload-${state.phase}`}>
      {state.phase === "idle" ? null : (
        <>
          <label htmlFor={id}>Upload progress</label>
          <div className="upload-bar">
            <progress id={id} max={100} value={percent}>
              {percent === undefined ? "" : `${percent}%`}
            </progress>
            <span className="upload-figures" aria-hidden="true">
              {percent === undefined ? "…" : `${percent}%`}
              {state.total > 0 ? ` of ${formatBytes(state.total)}` : ""}
            </span>
          </div>
        </>
      )}
      <p aria-live="polite" className="upload-status">
        {PHASE_TEXT[state.phase]}
      </p>
    </div>
  );
}
