// Contracts of projects, their members and their event log.
import { ZAddMember, ZUpdateMember } from "../../members/schemas";
import { ZCreateProject, ZUpdateProject } from "../../projects/schemas";
import { ZEventQuery } from "../../provenance/event-query";
import { defineRoute } from "../contract";
import { ZListQuery } from "../pagination";
import { pageOf, ZChainReportOut, ZCreatedProjectOut, ZEventOut, ZMemberOut, ZProjectOut, ZProjectSummaryOut } from "./resources";

export const listProjects = defineRoute({
  method: "GET",
  path: "/projects",
  operationId: "listProjects",
  summary: "List the projects you belong to",
  description: "A token limited to some projects lists only those.",
  tags: ["Projects"],
  auth: "required",
  query: ZListQuery,
  responses: { 200: { description: "A page of projects, oldest first.", schema: pageOf(ZProjectSummaryOut) } },
});

export const createProject = defineRoute({
  method: "POST",
  path: "/projects",
  operationId: "createProject",
  summary: "Create a project; you become its owner",
  description: "Not with a token limited to some projects or to reading (403).",
  tags: ["Projects"],
  auth: "required",
  body: ZCreateProject,
  responses: { 201: { description: "The new project.", schema: ZCreatedProjectOut } },
  errors: [403],
});

export const getProject = defineRoute({
  method: "GET",
  path: "/projects/{projectId}",
  operationId: "getProject",
  summary: "A project, with your role and its settings",
  description:
    "`role` is your role in it (owner, reviewer, annotator, viewer) and says what you may do. A project you do not " +
    "belong to, or that your token is not scoped to, answers 404 as if it did not exist",
  tags: ["Projects"],
  auth: "required",
  responses: { 200: { description: "The project.", schema: ZProjectOut } },
  errors: [404],
});

export const updateProject = defineRoute({
  method: "PATCH",
  path: "/projects/{projectId}",
  operationId: "updateProject",
  summary: "Change a project's name, description or review settings (owners)",
  description:
    "Send only the fields to change; the others keep their values. The change is written to the project's event log",
  tags: ["Projects"],
  auth: "required",
  body: ZUpdateProject,
  responses: { 200: { description: "The project as changed.", schema: ZProjectOut } },
  errors: [403, 404],
});

export const listMembers = defineRoute({
  method: "GET",
  path: "/projects/{projectId}/members",
  operationId: "listMembers",
  summary: "List a project's members",
  description:
    "Every member may read the list: account id, email, name, role and when they were added, in the order they joined",
  tags: ["Members"],
  auth: "required",
  query: ZListQuery,
  responses: { 200: { description: "A page of members, in the order they joined.", schema: pageOf(ZMemberOut) } },
  errors: [404],
});

export const addMember = defineRoute({
  method: "POST",
  path: "/projects/{projectId}/members",
  operationId: "addMember",
  summary: "Add an existing account to the project (owners)",
  description: "404 naming `email` when no account has it; 409 when already a member.",
  tags: ["Members"],
  auth: "required",
  body: ZAddMember,
  responses: { 201: { description: "The new member.", schema: ZMemberOut } },
  errors: [403, 404, 409],
});

export const updateMember = defineRoute({
  method: "PATCH",
  path: "/projects/{projectId}/members/{userId}",
  operationId: "updateMember",
  summary: "Change a member's role (owners)",
  description: "The last owner cannot step down (409).",
  tags: ["Members"],
  auth: "required",
  body: ZUpdateMember,
  responses: { 200: { description: "The member with the new role.", schema: ZMemberOut } },
  errors: [403, 404, 409],
});

export const removeMember = defineRoute({
  method: "DELETE",
  path: "/projects/{projectId}/members/{userId}",
  operationId: "removeMember",
  summary: "Remove a member (owners)",
  description: "The last owner cannot be removed (409).",
  tags: ["Members"],
  auth: "required",
  responses: { 204: { description: "Removed." } },
  errors: [403, 404, 409],
});

export const listEvents = defineRoute({
  method: "GET",
  path: "/projects/{projectId}/events",
  operationId: "listEvents",
  summary: "The project's append-only, hash-chained event log",
  description:
    "Oldest first. Pages like every list: `?limit=` and `?cursor=` (the `nextCursor` of the page before) until " +
    "`nextCursor` is null. `?after=<eventId>` starts after any event you already hold, to poll for new ones; " +
    "`nextCursor` is an event id, so it serves as either.",
  tags: ["Provenance"],
  auth: "required",
  query: ZEventQuery,
  responses: { 200: { description: "A page of events.", schema: pageOf(ZEventOut) } },
  errors: [404],
});

export const verifyEvents = defineRoute({
  method: "GET",
  path: "/projects/{projectId}/events/verify",
  operationId: "verifyEvents",
  summary: "Recompute the event log's hash chain",
  description:
    "Recomputes every event's hash from its content and the hash before it. `ok: false` means a stored event was " +
    "altered or removed; keep `headHash` to check later that nothing before it changed",
  tags: ["Provenance"],
  auth: "required",
  responses: { 200: { description: "Whether the chain holds, how many events, and the head hash.", schema: ZChainReportOut } },
  errors: [404],
});
