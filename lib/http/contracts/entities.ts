// Contracts of entities: people, organisations, places and events that claims are about or by.
import * as z from "zod";
import { ZCreateEntity, ZEntityQuery, ZMergeEntity, ZUpdateEntity } from "../../entities/schemas";
import { defineRoute } from "../contract";
import { pageOf, ZEntityOut } from "./resources";

const ZEntityDetailOut = ZEntityOut.extend({
  merged: z.array(ZEntityOut).describe("Entities judged the same as this one and merged into it."),
  merges: z.array(z.object({ mergedId: z.string(), judgedBy: z.string(), note: z.string().nullable(), createdAt: z.iso.datetime() }).loose()),
});

export const listEntities = defineRoute({
  method: "GET",
  path: "/projects/{projectId}/entities",
  operationId: "listEntities",
  summary: "List a project's entities; `?q=` matches names and aliases in any script",
  description:
    "`q` matches any part of a name or alias after folding case, diacritics, Arabic/Persian letter variants " +
    "(ي/ی, ك/ک, ...) and word separators such as ZWNJ; `kind` keeps one kind. Oldest first",
  tags: ["Entities"],
  auth: "required",
  query: ZEntityQuery,
  responses: { 200: { description: "A page of entities.", schema: pageOf(ZEntityOut) } },
  errors: [404],
});

export const createEntity = defineRoute({
  method: "POST",
  path: "/projects/{projectId}/entities",
  operationId: "createEntity",
  summary: "Create an entity",
  description: "Setting `reliability` (source evaluation) needs a reviewer or owner.",
  tags: ["Entities"],
  auth: "required",
  body: ZCreateEntity,
  responses: { 201: { description: "The new entity.", schema: ZEntityOut } },
  errors: [403, 404],
});

export const getEntity = defineRoute({
  method: "GET",
  path: "/entities/{entityId}",
  operationId: "getEntity",
  summary: "An entity, with the entities merged into it",
  description:
    "`merged` lists the entities judged the same as this one, `merges` who judged so and when. Claims that name a " +
    "merged entity count for this one in filters and exports",
  tags: ["Entities"],
  auth: "required",
  responses: { 200: { description: "The entity.", schema: ZEntityDetailOut } },
  errors: [404],
});

export const updateEntity = defineRoute({
  method: "PATCH",
  path: "/entities/{entityId}",
  operationId: "updateEntity",
  summary: "Change an entity's names, Wikidata id or reliability",
  description: "Names and aliases: annotators and above; reliability: reviewers and above.",
  tags: ["Entities"],
  auth: "required",
  body: ZUpdateEntity,
  responses: { 200: { description: "The entity as changed.", schema: ZEntityOut } },
  errors: [403, 404],
});

export const mergeEntity = defineRoute({
  method: "POST",
  path: "/entities/{entityId}/merge",
  operationId: "mergeEntity",
  summary: "Judge this entity the same as `into`; its names become aliases there",
  description:
    "`{into, note?}`. Nothing is rewritten: the entity stays readable and its claims keep naming it, while " +
    "filters and comparisons treat both as one. Merging into itself is a 400; either entity already merged is a 409",
  tags: ["Entities"],
  auth: "required",
  body: ZMergeEntity,
  responses: { 200: { description: "The entity merged into.", schema: ZEntityOut } },
  errors: [403, 404, 409],
});
