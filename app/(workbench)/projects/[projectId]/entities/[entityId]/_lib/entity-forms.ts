// The entity page's two forms as zod schemas, checked in the browser before the API call each makes.
import * as z from "zod";
import { readForm } from "@/app/_lib/read-form";
import { ZReliability } from "@/lib/entities/schemas";

export const ZReliabilityForm = z.object({ reliability: ZReliability.nullable() });

export function reliabilityInput(form: FormData) {
  const value = form.get("reliability");
  return { reliability: typeof value === "string" && value ? value : null };
}

export const ZMergeForm = z.object({
  other: z.string({ error: "Choose the entity that is the same" }).min(1, "Choose the entity that is the same"),
  keep: z.enum(["this", "other"]),
  note: z.string().trim().max(2000).optional(),
});

export function mergeInput(form: FormData) {
  return readForm(form, ["other", "keep", "note"], ["note"]);
}
