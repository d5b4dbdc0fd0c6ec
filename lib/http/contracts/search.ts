// The contract of project search.
import { ZSearchQuery } from "../../search/schemas";
import { defineRoute } from "../contract";

export const searchProject = defineRoute({
  method: "GET",
  path: "/projects/{projectId}/search",
  operationId: "searchProject",
  summary: "Search sources, quotes, claims and entities in any script; or claims by a count range",
  description:
    "`q` takes web-search syntax: words, \"a phrase\", OR, -excluded. `kinds` is a comma-separated list " +
    "(document, annotation, claim, entity). `countMin`/`countMax` find claims whose count range overlaps.",
  tags: ["Search"],
  auth: "required",
  query: ZSearchQuery,
  responses: { 200: { description: "Hits of each kind, best first." } },
  errors: [404],
});
