// A claim in one line for tables ("≥ 30,000 executed", "Hossein-Ali Montazeri: deputy leader"),
// and any field value as text. Entity ids become names through `name`.
import { formatNumber } from "@/app/_lib/format";
import { BUILTIN_TYPES } from "@/lib/claims/types/builtin";
import { renderSummary } from "@/lib/claims/types/render-summary";
import { asCount, formatCount, formatPeriod, isPeriod } from "./format-count";
import { humanize } from "./labels";

export type NameOf = (id: string) => string | undefined;

export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("").trimEnd()}…`;
}

export function valueText(value: unknown, name: NameOf): string {
  if (value === undefined || value === null || value === "") return "—";
  const count = asCount(value);
  if (count) return formatCount(count);
  if (isPeriod(value)) return formatPeriod(value) ?? "—";
  if (typeof value === "string") return name(value) ?? value;
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (Array.isArray(value)) return value.length ? value.map((v) => valueText(v, name)).join(", ") : "none";
  return JSON.stringify(value);
}

/**
 * Built-in types by their declared summary template; a project-defined type lists its first fields,
 * which `labels` names as its owner labelled them.
 */
export function claimSummary(type: string, fields: Record<string, unknown>, name: NameOf, labels: Record<string, string> = {}): string {
  const text = (key: string) => valueText(fields[key], name);
  const template = BUILTIN_TYPES[type]?.summary;
  if (template) {
    const has = (key: string) => fields[key] !== undefined && fields[key] !== null && fields[key] !== "";
    return renderSummary(template, { text: (key, max) => (max === undefined ? text(key) : truncate(text(key), max)), has });
  }
  return truncate(
    Object.keys(fields)
      .slice(0, 3)
      .map((k) => `${labels[k] ?? humanize(k)}: ${text(k)}`)
      .join(" · "),
    140,
  );
}
