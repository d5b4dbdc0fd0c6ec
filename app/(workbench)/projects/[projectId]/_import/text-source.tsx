"use client";
// Where the text comes from: pasted into the textarea, chosen with the file input, or dropped
// onto the box. A file's text is kept as read (never put into the textarea, which would turn its
// CRLF line breaks into LF); the textarea keeps what was pasted while a file is chosen.
import { type ReactNode, useRef, useState } from "react";
import { IMPORT_ACCEPT } from "@/lib/documents/import-file";
import { FileCard } from "./file-card";
import { readImportFile, type SourceText } from "./source-text";
import { useFileDrop } from "./use-file-drop";
import "./import.css";

interface Props {
  id: string;
  onChange: (source: SourceText | null) => void;
  source: SourceText | null;
  error?: string | undefined;
  disabled?: boolean;
  label?: string;
  hint?: ReactNode;
  rows?: number;
}


export function TextSource({ id, onChange, source, error, disabled, label = "Text", hint, rows = 10 }: Props) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const file = source?.origin === "file" ? source : null;
  const shownError = fileError ?? error;
  const invalid = shownError ? (fileError || file ? "file" : "paste") : null;
  const describedBy = [hint ? `${id}-hint` : null, shownError ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;

  const pasted = (value: string): SourceText | null => (value === "" ? null : { kind: "text", content: value, origin: "paste" });

  async function take(files: FileList | null) {
    const chosen = files?.[0];
    if (!chosen) return;
    setReading(true);
    const result = await readImportFile(chosen);
    setReading(false);
    if (fileInput.current) fileInput.current.value = "";
    setFileError(result.ok ? null : result.message);
    if (result.ok) onChange(result.source);
  }

  function removeFile() {
    setFileError(null);
    onChange(pasted(textarea.current?.value ?? ""));
    fileInput.current?.focus();
  }

  const drop = useFileDrop((files) => void take(files));

  return (
    <fieldset
      className={`text-source${drop.dragging ? " text-source-dragging" : ""}${shownError ? " field-invalid" : ""}`}
      disabled={disabled}
      {...drop.handlers}
    >
      <legend>{label}</legend>
      <div className="field" hidden={file !== null}>
        <label htmlFor={`${id}-paste`}>Paste the text</label>
        <textarea
          ref={textarea}
          id={`${id}-paste`}
          name="text"
          rows={rows}
          dir="auto"
          aria-invalid={invalid === "paste" ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => {
            setFileError(null);
            onChange(pasted(e.target.value));
          }}
        />
      </div>
      {file ? <FileCard source={file} onRemove={removeFile} /> : null}
      <p className="visually-hidden" aria-live="polite">
        {file ? `Chosen file: ${file.fileName ?? ""}` : ""}
      </p>
      <div className="text-source-file">
        <label htmlFor={`${id}-file`}>{file ? "Choose another file" : "Or upload a .txt, .md or .html file"}</label>
        <input
          ref={fileInput}
          id={`${id}-file`}
          type="file"
          accept={IMPORT_ACCEPT}
          aria-invalid={invalid === "file" ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => void take(e.target.files)}
        />
        <span className="text-source-drop-hint" aria-hidden="true">
          {reading ? "Reading the file…" : "or drop a file anywhere in this box"}
        </span>
      </div>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <div aria-live="polite">
        {shownError ? (
          <p className="field-error" id={`${id}-error`}>
            {shownError}
          </p>
        ) : null}
      </div>
    </fieldset>
  );
}
