// The claim-type form as the input `ZCreateClaimType` (the route's body) expects.
// Fields are numbered controls (`fields.0.name`, `fields.0.kind`, ...); each kind reads only its
// own options, so the strict schema sees no stray keys. Errors are keyed by their full path
// ("fields.1.options") so each lands beside its control.
import { pathErrorsOf } from "@/app/_lib/form-state";

const text = (form: FormData, key: string) => {
  const v = form.get(key);
  return typeof v === "string" ? v.trim() : "";
};
const num = (form: FormData, key: string) => {
  const v = text(form, key);
  return v === "" ? undefined : Number(v);
};
const lines = (form: FormData, key: string) =>
  text(form, key)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/** The numbers of the field rows in the form, in order. */
export function fieldIndexes(form: FormData): number[] {
  const out = new Set<number>();
  for (const key of form.keys()) {
    const m = /^fields\.(\d+)\.kind$/.exec(key);
    if (m) out.add(Number(m[1]));
  }
  return [...out].sort((a, b) => a - b);
}

function fieldInput(form: FormData, i: number): Record<string, unknown> {
  const p = `fields.${i}.`;
  const kind = text(form, `${p}kind`);
  const field: Record<string, unknown> = { name: text(form, `${p}name`), kind, required: form.get(`${p}required`) === "on" };
  const label = text(form, `${p}label`);
  if (label) field.label = label;
  const set = (key: string, value: unknown) => {
    if (value !== undefined) field[key] = value;
  };
  if (kind === "text") set("maxLength", num(form, `${p}maxLength`));
  if (kind === "number") {
    set("min", num(form, `${p}min`));
    set("max", num(form, `${p}max`));
    if (form.get(`${p}integer`) === "on") field.integer = true;
  }
  if (kind === "choice") field.options = lines(form, `${p}options`);
  if (kind === "entity") set("entityKind", text(form, `${p}entityKind`) || undefined);
  return field;
}

export function claimTypeInput(form: FormData): Record<string, unknown> {
  const input: Record<string, unknown> = { name: text(form, "name"), fields: fieldIndexes(form).map((i) => fieldInput(form, i)) };
  const description = text(form, "description");
  if (description) input.description = description;
  return input;
}

/** The first message for each control, keyed by the whole path. */
export const pathErrors = pathErrorsOf;
