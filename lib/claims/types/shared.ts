// Field shapes shared by the built-in and project-defined claim types.
import * as z from "zod";
import { ZPartialDate } from "../../documents/schemas";

export const ZEntityRef = z.string().min(1, "is required").max(64);

const ZCountNumber = z.number().int("must be a whole number").min(0, "cannot be negative").max(2_000_000_000);

export const COUNT_KINDS = ["exact", "approx", "at_least", "at_most", "range", "unknown"] as const;

/** A count as sources state it: exactly, about, at least, at most, between, or unknown. */
export const ZCount = z
  .object({
    kind: z.enum(COUNT_KINDS),
    value: ZCountNumber.optional(),
    min: ZCountNumber.optional(),
    max: ZCountNumber.optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    const need = (key: "value" | "min" | "max", message: string) => ctx.addIssue({ code: "custom", path: [key], message });
    if (c.kind === "range") {
      if (c.min === undefined) need("min", "is required for a range");
      if (c.max === undefined) need("max", "is required for a range");
      if (c.min !== undefined && c.max !== undefined && c.min > c.max) need("max", "must not be below min");
      if (c.value !== undefined) need("value", "is not used for a range; use min and max");
    } else if (c.kind === "unknown") {
      for (const key of ["value", "min", "max"] as const) if (c[key] !== undefined) need(key, "must be absent when the count is unknown");
    } else {
      if (c.value === undefined) need("value", `is required for ${c.kind}`);
      for (const key of ["min", "max"] as const) if (c[key] !== undefined) need(key, `is only used for a range`);
    }
  });
export type TCount = z.infer<typeof ZCount>;

/** The bounds a count allows, for comparison and numeric search (null: unbounded or unknown). */
export function countBounds(c: TCount): { min: number | null; max: number | null } {
  switch (c.kind) {
    case "exact":
    case "approx":
      return { min: c.value ?? null, max: c.value ?? null };
    case "at_least":
      return { min: c.value ?? null, max: null };
    case "at_most":
      return { min: null, max: c.value ?? null };
    case "range":
      return { min: c.min ?? null, max: c.max ?? null };
    case "unknown":
      return { min: null, max: null };
  }
}

export const ZPeriod = z
  .object({ from: ZPartialDate.optional(), to: ZPartialDate.optional() })
  .strict()
  .refine((p) => !p.from || !p.to || p.from.slice(0, Math.min(p.from.length, p.to.length)) <= p.to.slice(0, Math.min(p.from.length, p.to.length)), {
    message: "must not end before it starts",
    path: ["to"],
  });
export type TPeriod = z.infer<typeof ZPeriod>;
