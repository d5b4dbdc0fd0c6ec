// The contract of project search.
import * as z from "zod";
import { SEARCH_KINDS, ZSearchQuery } from "../../search/schemas";
import { defineRoute } from "../contract";

const ZSnippetOut = z
  .object({
    text: z.string(),
    offset: z.number().int().describe("Where `text` starts in the original (UTF-16)."),
    matches: z.array(z.object({ start: z.number().int(), end: z.number().int() })).describe("Matched words, as offsets in the original."),
  })
  .nullable();

const hit = <K extends string, S extends z.ZodRawShape>(kind: K, shape: S) =>
  z.object({ kind: z.literal(kind), rank: z.number().describe("How often the query's words occur in the hit (summed over the words; each counted up to 256 times), over every match; 0 when only a count range was asked."), id: z.string(), ...shape }).loose();

const ZSearchHitOut = z
  .discriminatedUnion("kind", [
    hit("document", { title: z.string(), version: z.number().int(), length: z.number().int(), snippet: ZSnippetOut }),
    hit("annotation", { documentId: z.string(), documentTitle: z.string(), start: z.number().int(), end: z.number().int(), exact: z.string(), note: z.string().nullable(), snippet: ZSnippetOut }),
    hit("claim", { type: z.string(), status: z.string(), count: z.object({ min: z.number().nullable(), max: z.number().nullable() }), text: z.string(), snippet: ZSnippetOut }),
    hit("entity", { entityKind: z.string(), name: z.string(), aliases: z.array(z.string()) }),
  ]);

const ZSearchOut = z
  .object({
    query: z.object({ terms: z.array(z.string()) }).loose().describe("The query as understood, with the words searched for."),
    limited: z.array(z.enum(SEARCH_KINDS)).describe("Kinds of which only some matches were ranked: always empty, since every match is ranked."),
    items: z.array(ZSearchHitOut).describe("The best hits, best first: by rank, then kind (document, annotation, claim, entity), then id; claims found by count alone lowest count first. At most `limit`."),
    nextCursor: z
      .string()
      .nullable()
      .describe("Pass as `cursor` (with the same query) for the next page: the `limit` hits after this page's last. Null on the last page."),
  })
  .loose()
  .meta({ id: "SearchResults" });

export const searchProject = defineRoute({
  method: "GET",
  path: "/projects/{projectId}/search",
  operationId: "searchProject",
  summary: "Search sources, quotes, claims and entities in any script; or claims by a count range",
  description:
    "`q` takes web-search syntax: words, \"a phrase\", OR, -excluded. `kinds` is a comma-separated list " +
    "(document, annotation, claim, entity). `countMin`/`countMax` find claims whose count range overlaps. " +
    "Every match is ranked, however common the words. Like every list, it answers `limit` hits (default 50, at most 500) " +
    "of all the kinds asked together, best first, and `nextCursor` pages on. Ranks count words in the hit, so a long source " +
    "outranks a short quote: to list one kind, ask for it alone (`kinds=annotation`).",
  tags: ["Search"],
  auth: "required",
  query: ZSearchQuery,
  responses: { 200: { description: "Hits of each kind, best first.", schema: ZSearchOut } },
  errors: [404],
});
