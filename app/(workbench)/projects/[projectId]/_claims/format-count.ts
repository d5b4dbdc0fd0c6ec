// Counts and periods as researchers write them: "≥ 30,000", "≈ 3,000", "4,000–5,000", "unknown".
// Plain TypeScript; the stored fields are read defensively, since they arrive as JSON.
import { formatNumber } from "@/app/_lib/format";
import { COUNT_KINDS, type TCount } from "@/lib/claims/types/shared";

const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** The value as a count when it has the shape of one, else null. */
export function asCount(value: unknown): TCount | null {
  if (typeof value !== "object" || value === null) return null;
  const v = value as Record<string, unknown>;
  if (!(COUNT_KINDS as readonly unknown[]).includes(v.kind)) return null;
  const pick = (k: "value" | "min" | "max") => (isNumber(v[k]) ? { [k]: v[k] } : {});
  return { kind: v.kind as TCount["kind"], ...pick("value"), ...pick("min"), ...pick("max") };
}

const n = (v: number | undefined) => (v === undefined ? "?" : formatNumber(v));

/** Short form for tables and charts. */
export function formatCount(count: TCount | null): string {
  if (!count) return "—";
  switch (count.kind) {
    case "exact":
      return n(count.value);
    case "approx":
      return `≈ ${n(count.value)}`;
    case "at_least":
      return `≥ ${n(count.value)}`;
    case "at_most":
      return `≤ ${n(count.value)}`;
    case "range":
      return `${n(count.min)}–${n(count.max)}`;
    case "unknown":
      return "unknown";
  }
}

/** Long form for labels read aloud: "at least 30,000". */
export function describeCount(count: TCount | null): string {
  if (!count) return "no count";
  switch (count.kind) {
    case "exact":
      return `exactly ${n(count.value)}`;
    case "approx":
      return `about ${n(count.value)}`;
    case "at_least":
      return `at least ${n(count.value)}`;
    case "at_most":
      return `at most ${n(count.value)}`;
    case "range":
      return `between ${n(count.min)} and ${n(count.max)}`;
    case "unknown":
      return "unknown";
  }
}

/** A period whose ends may be partial dates: "1988-07 – 1988-09", "from 1988-07", "until 1988". */
export function formatPeriod(value: unknown): string | null {
  if (typeof value !== "object" || value === null) return null;
  const { from, to } = value as { from?: unknown; to?: unknown };
  const f = typeof from === "string" ? from : null;
  const t = typeof to === "string" ? to : null;
  if (f && t) return f === t ? f : `${f} – ${t}`;
  if (f) return `from ${f}`;
  if (t) return `until ${t}`;
  return null;
}

/** True when the value looks like a period rather than a count or another object. */
export function isPeriod(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => k === "from" || k === "to");
}
