// What an export or a release selects, shared by the export page's form, the API's query string
// and the release body: claim statuses (default approved), types, documents (any version),
// entities (merged ones included), a creation date range, and whether deprecated claims stay in.
import * as z from "zod";
import { CLAIM_STATUSES } from "../claims/schemas";

const ZId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "must be an id");
const ZTypeName = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, "must be a claim type name such as victim_count");
/** A day that exists (JavaScript rolls 1988-02-30 over to March; PostgreSQL has no year 0). */
const isCalendarDay = (s: string) => {
  const [y, m, d] = s.slice(0, 10).split("-").map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return y >= 1 && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
};
const ZDateBound = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/, "must be a date (2026-11-21) or an ISO 8601 timestamp")
  .refine((s) => !Number.isNaN(Date.parse(s)) && isCalendarDay(s), "is not a real date");

/** One value, several, or a comma-separated list, as query strings and JSON bodies send them. */
const list = <T extends z.ZodType>(item: T, max: number) =>
  z.preprocess(
    (v) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).flatMap((x) => (typeof x === "string" ? x.split(",").filter(Boolean) : [x]))),
    z.array(item).max(max),
  );

const ZFilterShape = z
  .object({
    /** Claim statuses to include; `all` means every status. Default: approved only. */
    status: z.preprocess(
      (v) => (v === undefined ? ["approved"] : v),
      list(z.enum([...CLAIM_STATUSES, "all"]), 7).refine((s) => s.length > 0, "needs at least one status"),
    ),
    /** Claim types (built-in names or the project's own type names); none means every type. */
    type: list(ZTypeName, 50),
    /** Claims with evidence in any version of these documents. */
    documentId: list(ZId, 100),
    /** Claims that name these entities in any role, or an entity merged into them. */
    entityId: list(ZId, 100),
    /** Claims created on or after this date or instant (UTC). */
    from: ZDateBound.optional(),
    /** Claims created on or before this date (the whole day, UTC) or instant. */
    to: ZDateBound.optional(),
    /** Deprecated claims are exported with their reason unless excluded. */
    deprecated: z.enum(["include", "exclude"]).default("include"),
  })
  .strict();

const datesInOrder = (f: { from?: string; to?: string }) => !f.from || !f.to || f.from.slice(0, 10) <= f.to.slice(0, 10);
const DATES_MESSAGE = { message: "must not be before from", path: ["to"] };

export const ZExportFilter = ZFilterShape.refine(datesInOrder, DATES_MESSAGE);
export type TExportFilter = z.infer<typeof ZExportFilter>;
export type TExportFilterInput = z.input<typeof ZExportFilter>;

/** The export query: the filter and a `format`, whose values the format registry (formats/index.ts) gives. */
export const exportQueryWith = <F extends z.ZodType>(format: F) => ZFilterShape.extend({ format }).refine(datesInOrder, DATES_MESSAGE);

export const ZCreateRelease = z
  .object({
    name: z.string().trim().min(1, "is required").max(200),
    filter: ZExportFilter.optional(),
  })
  .strict();
export type TCreateRelease = z.infer<typeof ZCreateRelease>;

export const ZCompareReleases = z.object({ base: ZId, head: ZId });
