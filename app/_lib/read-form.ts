// Turns a submitted form into the plain object a zod schema expects. A blank optional field is
// left out, so that `.optional()` applies; a blank required field stays as "" and fails with its
// own message ("is required") rather than a type error.

export function readForm(form: FormData, fields: readonly string[], optional: readonly string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of fields) {
    const value = form.get(name);
    if (typeof value !== "string") continue;
    if (value.trim() === "" && optional.includes(name)) continue;
    out[name] = value;
  }
  return out;
}
