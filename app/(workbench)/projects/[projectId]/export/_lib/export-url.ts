// The export's API URL for what the form holds, checked with the same zod schema as the server,
// so a bad date is shown beside its field before any request. Plain TypeScript, for the browser.
import type { TExportFormat, TExportQuery } from "@/lib/exports/formats";
import { ZExportFilter } from "@/lib/exports/schemas";
import { type FieldErrors, fieldErrorsOf } from "@/app/_lib/form-state";

export interface ExportChoice {
  format: TExportFormat;
  status: string[];
  type: string[];
  documentId: string[];
  entityId: string[];
  from: string;
  to: string;
  deprecated: "include" | "exclude";
}

/** `fallback`: the default format, for a form without a format chosen. */
export function choiceFromForm(form: HTMLFormElement, fallback: TExportFormat): ExportChoice {
  const data = new FormData(form);
  const all = (key: string) => data.getAll(key).map(String).filter(Boolean);
  return {
    format: (data.get("format") as TExportFormat | null) ?? fallback,
    status: all("status"),
    type: all("type"),
    documentId: all("documentId"),
    entityId: all("entityId"),
    from: String(data.get("from") ?? ""),
    to: String(data.get("to") ?? ""),
    deprecated: data.get("excludeDeprecated") ? "exclude" : "include",
  };
}

/** The filter as the API takes it (empty parts left out), or the fields at fault. */
export function exportQuery(choice: ExportChoice): { query: TExportQuery; params: URLSearchParams } | { errors: FieldErrors } {
  const raw = {
    status: choice.status.length ? choice.status : ["approved"],
    type: choice.type,
    documentId: choice.documentId,
    entityId: choice.entityId,
    ...(choice.from ? { from: choice.from } : {}),
    ...(choice.to ? { to: choice.to } : {}),
    deprecated: choice.deprecated,
  };
  // The format is one the page was given by the registry; the server checks it again.
  const parsed = ZExportFilter.safeParse(raw);
  if (!parsed.success) return { errors: fieldErrorsOf(parsed.error.issues.map((i) => ({ path: i.path, message: i.message }))) };
  const params = new URLSearchParams({ format: choice.format });
  for (const key of ["status", "type", "documentId", "entityId"] as const) for (const v of parsed.data[key]) params.append(key, v);
  if (parsed.data.from) params.set("from", parsed.data.from);
  if (parsed.data.to) params.set("to", parsed.data.to);
  if (parsed.data.deprecated === "exclude") params.set("deprecated", "exclude");
  return { query: { format: choice.format, ...parsed.data }, params };
}
