import * as z from "zod";
import { CLAIM_STATUSES } from "../claims/schemas";

export const SEARCH_KINDS = ["document", "annotation", "claim", "entity"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

const ZCountBound = z.coerce.number().int().min(0).max(2_000_000_000);

export const ZSearchQuery = z
  .object({
    /** Web-search syntax: words, "a phrase", OR, -excluded. */
    q: z.string().trim().max(500).optional(),
    kinds: z
      .string()
      .transform((s) => s.split(",").filter(Boolean))
      .pipe(z.array(z.enum(SEARCH_KINDS)).min(1))
      .optional(),
    documentId: z.string().min(1).max(64).optional(),
    type: z.string().min(1).max(64).optional(),
    status: z.enum(CLAIM_STATUSES).optional(),
    entityId: z.string().min(1).max(64).optional(),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    /** Claims whose count range overlaps [countMin, countMax]. */
    countMin: ZCountBound.optional(),
    countMax: ZCountBound.optional(),
    /** Hits on a page, of every kind together (the API's list convention). */
    limit: z.coerce.number().int().min(1).max(500).default(50),
    /** The `nextCursor` of the page before: the hits after its last one. */
    cursor: z.string().min(1).max(2000).optional(),
  })
  .strict()
  .refine((s) => (s.q ?? "").length > 0 || s.countMin !== undefined || s.countMax !== undefined, { message: "give words to search for, or a count range", path: ["q"] })
  .refine((s) => s.countMin === undefined || s.countMax === undefined || s.countMin <= s.countMax, { message: "must not be below countMin", path: ["countMax"] });
export type TSearchQuery = z.infer<typeof ZSearchQuery>;
