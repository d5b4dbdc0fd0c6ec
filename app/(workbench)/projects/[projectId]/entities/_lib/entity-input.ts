// The create-entity form as the body `ZCreateEntity` expects, checked in the browser and by the
// route: aliases one per line (blank lines dropped), blank optional fields left out.
import { readForm } from "@/app/_lib/read-form";

export function entityInput(form: FormData): Record<string, unknown> {
  const input: Record<string, unknown> = readForm(form, ["kind", "name", "wikidataId"], ["wikidataId"]);
  if (typeof input.wikidataId === "string") input.wikidataId = input.wikidataId.trim().toUpperCase();
  const aliases = String(form.get("aliases") ?? "")
    .split(/\r?\n/)
    .map((a) => a.trim())
    .filter(Boolean);
  if (aliases.length) input.aliases = aliases;
  return input;
}
