"use client";
// Files brought in as sources: dropped on the box or chosen (several at once), each uploaded as
// it is and read by the server in the background, each with its own progress bar.
import { useRef, useState } from "react";
import type { SourceKindInfo } from "@/lib/sources/source-kind";
import { SourceUploadRow } from "./source-upload-row";
import { useFileDrop } from "./use-file-drop";
import "./import.css";


const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** `kinds`: the source kind registry as plain data; the hint and the picker's filter come from it. */
export function SourceUploads({ projectId, kinds }: { projectId: string; kinds: readonly SourceKindInfo[] }) {
  const [files, setFiles] = useState<File[]>([]);
  const input = useRef<HTMLInputElement>(null);

  const add = (list: FileList | null) => {
    const chosen = Array.from(list ?? []);
    if (chosen.length > 0) setFiles((current) => [...current, ...chosen]);
    if (input.current) input.current.value = "";
  };

  const drop = useFileDrop(add);

  return (
    <fieldset
      className={`text-source source-uploads${drop.dragging ? " text-source-dragging" : ""}`}
      {...drop.handlers}
    >
      <legend>Upload files</legend>
      <p className="field-hint" id="source-uploads-hint">
        {kinds.map((k) => `${k.label} (up to ${megabytes(k.maxBytes)})`).join(", ")}; several at once. The original file is kept unchanged beside the text read from it.
      </p>
      <div className="text-source-file">
        <label htmlFor="source-uploads-input">Choose files</label>
        <input
          ref={input}
          id="source-uploads-input"
          type="file"
          multiple
          accept={kinds.flatMap((k) => [...k.extensions, ...k.mediaTypes]).join(",")}
          aria-describedby="source-uploads-hint"
          onChange={(e) => add(e.target.files)}
        />
        <span className="text-source-drop-hint" aria-hidden="true">
          or drop them anywhere in this box
        </span>
      </div>
      {files.length > 0 ? (
        <ul className="source-upload-list" aria-label="Uploads">
          {files.map((file, i) => (
            <SourceUploadRow key={`${i}-${file.name}`} projectId={projectId} file={file} index={i} />
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}
