// A claim in one line from its type's summary template: "{count}[ {outcome}]" reads "≥ 30,000
// executed", or "≥ 30,000" when no outcome is given. `{field:100}` cuts the value to 100
// characters; a `[…]` part is left out unless every field in it has a value.

export interface SummaryValues {
  /** The field's value as text, cut to `max` characters when given. */
  text: (field: string, max?: number) => string;
  has: (field: string) => boolean;
}

const PLACEHOLDER = /\{(\w+)(?::(\d+))?\}/g;
const OPTIONAL = /\[([^\]]*)\]/g;

/** The fields a template names, in order. */
export function summaryFields(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

export function renderSummary(template: string, values: SummaryValues): string {
  const fill = (part: string) => part.replace(PLACEHOLDER, (_, field: string, max?: string) => values.text(field, max ? Number(max) : undefined));
  return fill(template.replace(OPTIONAL, (_, inner: string) => (summaryFields(inner).every(values.has) ? inner : "")));
}
