"use client";
// Choose a format and a filter, then download with progress. The same filter can be frozen as a
// release (reviewers and owners) by <ReleaseForm>, which reads this form.
import { useRef, useState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import type { FieldErrors } from "@/app/_lib/form-state";
import { CLAIM_STATUSES } from "@/lib/claims/schemas";
import type { FilterOptions } from "@/lib/exports/list-filter-options";
import type { ExportFormatInfo, TExportFormat } from "@/lib/exports/formats";
import { choiceFromForm, exportQuery } from "../_lib/export-url";
import { ExportProgress } from "./export-progress";
import { ReleaseForm } from "./release-form";
import { useExportDownload } from "./use-export-download";
import "./export.css";

const STATUS_LABELS: Record<string, string> = { changes_requested: "changes requested" };

/** `formats`: the format registry as plain data, the first being the default. */
export function ExportForm({ projectId, formats, options, canRelease }: { projectId: string; formats: ExportFormatInfo<TExportFormat>[]; options: FilterOptions; canRelease: boolean }) {
  const [first] = formats;
  if (!first) throw new Error("no export formats");
  const form = useRef<HTMLFormElement>(null);
  const download = useExportDownload();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [format, setFormat] = useState<TExportFormat>(first.id);
  const [href, setHref] = useState(`/api/v1/projects/${projectId}/export?format=${first.id}`);
  const formatOf = (id: TExportFormat) => formats.find((f) => f.id === id) ?? first;
  const base = `/api/v1/projects/${projectId}/export`;

  const current = () => (form.current ? exportQuery(choiceFromForm(form.current, first.id)) : null);
  const refresh = () => {
    const q = current();
    if (q && "params" in q) setHref(`${base}?${q.params}`);
    if (form.current) setFormat(choiceFromForm(form.current, first.id).format);
  };
  const onSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    const q = current();
    if (!q) return;
    if ("errors" in q) return setErrors(q.errors);
    setErrors({});
    void download.start(`${base}?${q.params}`, formatOf(q.query.format));
  };
  const failure = download.phase === "failed" ? download.failure : undefined;

  return (
    <>
      <form ref={form} onSubmit={onSubmit} onChange={refresh} noValidate className="form-stack export-form" aria-labelledby="export-heading">
        <FormMessage message={failure?.message ?? errors._form} tone="error" />
        <fieldset className="choice-group">
          <legend>Format</legend>
          {formats.map((f) => (
            <label key={f.id} className="choice">
              <input type="radio" name="format" value={f.id} defaultChecked={f.id === first.id} />
              <span>
                <strong>{f.label}</strong> <span className="muted small">{f.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <fieldset className="choice-group choice-inline" aria-describedby={errors.status ? "export-status-error" : undefined}>
          <legend>Status</legend>
          {CLAIM_STATUSES.map((s) => (
            <label key={s} className="choice">
              <input type="checkbox" name="status" value={s} defaultChecked={s === "approved"} /> {STATUS_LABELS[s] ?? s}
            </label>
          ))}
          {errors.status ? <p className="field-error" id="export-status-error">{errors.status}</p> : null}
        </fieldset>
        <fieldset className="choice-group choice-inline">
          <legend>Claim types <span className="field-optional">(none ticked: all)</span></legend>
          {options.types.map((t) => (
            <label key={t} className="choice">
              <input type="checkbox" name="type" value={t} /> {t}
            </label>
          ))}
        </fieldset>
        <div className="field-row">
          <div className="field">
            <label htmlFor="export-documents">Documents <span className="field-optional">(optional)</span></label>
            <select id="export-documents" name="documentId" multiple size={5}>
              {options.documents.map((d) => (
                <option key={d.id} value={d.id} dir="auto">
                  {d.title}
                  {d.version > 1 ? ` (v${d.version})` : ""}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="export-entities">Entities named <span className="field-optional">(optional)</span></label>
            <select id="export-entities" name="entityId" multiple size={5}>
              {options.entities.map((e) => (
                <option key={e.id} value={e.id} dir="auto">
                  {e.name} ({e.kind})
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="field-row">
          <DateField name="from" label="Created from" error={errors.from} />
          <DateField name="to" label="Created until" error={errors.to} />
        </div>
        <label className="choice">
          <input type="checkbox" name="excludeDeprecated" /> Leave out deprecated claims <span className="muted small">(otherwise exported with their reason)</span>
        </label>
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={download.busy}>
            {download.busy ? "Downloading…" : "Download"}
          </button>
          {download.busy ? (
            <button type="button" className="button-quiet" onClick={download.cancel}>
              Cancel
            </button>
          ) : null}
          <a href={href} className="small">
            Direct link (no progress)
          </a>
        </div>
        <ExportProgress state={download} unit={formatOf(format).unit} />
      </form>
      {canRelease ? <ReleaseForm projectId={projectId} formats={formats.filter((f) => f.inReleases)} filterOf={() => current()} /> : null}
    </>
  );
}

function DateField({ name, label, error }: { name: string; label: string; error?: string | undefined }) {
  const id = `export-${name}`;
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={id}>
        {label} <span className="field-optional">(optional)</span>
      </label>
      <input id={id} name={name} type="date" aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
      {error ? <p className="field-error" id={`${id}-error`}>{error}</p> : null}
    </div>
  );
}
