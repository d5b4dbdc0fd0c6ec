// Contracts of the verifiable log: the event log as an RFC 9162 Merkle tree with signed heads.
import { ZConsistencyOut, ZConsistencyQuery, ZInclusionOut, ZInclusionQuery, ZLogKeysOut, ZSignedHeadOut } from "../../log/schemas";
import { defineRoute } from "../contract";

export const logKeys = defineRoute({
  method: "GET",
  path: "/log/keys",
  operationId: "logKeys",
  summary: "The keys that sign tree heads, old ones kept",
  description: "Public to anyone: a reader checks a head's signature with the key of its `keyId`. Keys are SPKI PEM.",
  tags: ["Provenance"],
  auth: "none",
  responses: { 200: { description: "Every signing key this deployment has used.", schema: ZLogKeysOut } },
});

export const logHead = defineRoute({
  method: "GET",
  path: "/projects/{projectId}/log/head",
  operationId: "logHead",
  summary: "The project's signed tree head",
  description: "Every committed event is in the tree it signs. Keep it: a later head must be consistent with it (`/log/consistency`).",
  tags: ["Provenance"],
  auth: "required",
  responses: { 200: { description: "The latest signed tree head.", schema: ZSignedHeadOut } },
  errors: [404],
});

export const logInclusion = defineRoute({
  method: "GET",
  path: "/projects/{projectId}/log/inclusion",
  operationId: "logInclusion",
  summary: "Proof that an event is in the tree of a given size (RFC 9162 2.1.3)",
  description: "400 when `seq` exceeds `treeSize` or `treeSize` the current head's.",
  tags: ["Provenance"],
  auth: "required",
  query: ZInclusionQuery,
  responses: { 200: { description: "The audit path, leaf to root.", schema: ZInclusionOut } },
  errors: [404],
});

export const logConsistency = defineRoute({
  method: "GET",
  path: "/projects/{projectId}/log/consistency",
  operationId: "logConsistency",
  summary: "Proof that the tree of size `to` extends the tree of size `from` (RFC 9162 2.1.4)",
  description: "400 when `from` exceeds `to` or `to` the current head's size.",
  tags: ["Provenance"],
  auth: "required",
  query: ZConsistencyQuery,
  responses: { 200: { description: "The consistency proof.", schema: ZConsistencyOut } },
  errors: [404],
});
