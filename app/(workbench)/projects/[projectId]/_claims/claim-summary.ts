// A claim in one line for tables ("≥ 30,000 executed", "Hossein-Ali Montazeri: deputy leader"),
// and any field value as text. Entity ids become names through `name`.
import { formatNumber } from "@/app/_lib/format";
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

/** `labels` names the fields of a project-defined type as its owner labelled them. */
export function claimSummary(type: string, fields: Record<string, unknown>, name: NameOf, labels: Record<string, string> = {}): string {
  const text = (key: string) => valueText(fields[key], name);
  const has = (key: string) => fields[key] !== undefined && fields[key] !== null && fields[key] !== "";
  switch (type) {
    case "victim_count":
      return `${text("count")} ${has("outcome") ? text("outcome") : ""}`.trim();
    case "role":
      return `${text("person")}: ${text("role")}${has("organization") ? `, ${text("organization")}` : ""}`;
    case "event":
      return `${text("event")}${has("eventType") ? ` (${text("eventType")})` : ""}`;
    case "statement":
      return `${text("speaker")}: “${truncate(text("quote"), 100)}”`;
    default:
      return truncate(
        Object.keys(fields)
          .slice(0, 3)
          .map((k) => `${labels[k] ?? humanize(k)}: ${text(k)}`)
          .join(" · "),
        140,
      );
  }
}
