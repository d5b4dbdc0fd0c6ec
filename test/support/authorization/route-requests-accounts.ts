// A valid request for each route of accounts, projects, members and documents, per principal:
// what an allowed caller would really send. Fresh targets where the request changes something.
import { randomUUID } from "node:crypto";
import { GET as nextAuth } from "@/app/api/auth/[...nextauth]/route";
import type { Principal } from "@/lib/access/authorization-matrix";
import { uniqueEmail } from "../fixtures";
import { sessionCookie } from "../session-cookie";
import { type CellRequest, type RouteHandler, send } from "./send";
import { TEXT, type World } from "./world";

export type RouteRequest = (w: World, p: Principal) => Promise<CellRequest>;

const project = (w: World) => ({ params: { projectId: w.projectId } });
const document = (w: World) => ({ params: { documentId: w.documentId } });

let spans = 0;
/** A span of the world's document no cell has turned down yet, so each allowed cell records a new rejection. */
function freshSpan(): { start: number; end: number } {
  const n = spans++;
  const start = n % (TEXT.length - 20);
  return { start, end: start + 1 + Math.floor(n / (TEXT.length - 20)) };
}

/** next-auth's double-submit CSRF token: the cookie it sets and the value a form sends back. */
async function csrf(): Promise<{ cookie: string; token: string }> {
  const res = await send(nextAuth as RouteHandler, "GET", "GET /api/auth/{nextauth}", { url: "/api/auth/csrf", params: { nextauth: ["csrf"] } }, {});
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  return { cookie, token: (JSON.parse(res.text) as { csrfToken: string }).csrfToken };
}

export const ACCOUNT_REQUESTS: Record<string, RouteRequest> = {
  "GET /api/health": async () => ({}),
  "GET /api/auth/{nextauth}": async () => ({ url: "/api/auth/providers", params: { nextauth: ["providers"] }, unless: (a) => (a.text.includes('"credentials"') ? null : "no provider listed") }),
  "POST /api/auth/{nextauth}": async (w) => {
    const { cookie, token } = await csrf();
    const form = new URLSearchParams({ csrfToken: token, email: w.signer.email, password: w.signer.password, json: "true" });
    return {
      url: "/api/auth/callback/credentials",
      params: { nextauth: ["callback", "credentials"] },
      headers: { cookie },
      body: form,
      unless: (a) => (a.headers.get("set-cookie")?.includes("next-auth.session-token=") ? null : `no session cookie was set: ${a.text}`),
    };
  },
  "GET /api/v1/openapi.json": async () => ({}),
  ...Object.fromEntries(
    ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"].map((m) => [`${m} /api/v1/{path}`, async () => ({ url: "/api/v1/no/such/route", params: { path: ["no", "such", "route"] } })]),
  ),
  "POST /api/v1/users": async () => ({ body: { email: uniqueEmail("signup"), password: `pw-${randomUUID()}`, name: "New researcher" } }),
  "POST /api/v1/tokens": async (w) => ({ body: { email: w.signer.email, password: w.signer.password, name: "script" } }),
  // The browser's route: each principal calls it with its own session instead of its token (an
  // empty authorization header drops the token); "revoked" is a session that outlived its account.
  "POST /api/v1/session/tokens": async (w, p) => {
    const user = w.userOf(p);
    const headers: Record<string, string> = { authorization: "" };
    if (p !== "anonymous") headers.cookie = await sessionCookie(user?.id ?? `usr_gone_${randomUUID()}`);
    return { headers, body: { name: "R script", readOnly: true } };
  },
  "GET /api/v1/tokens": async () => ({}),
  "DELETE /api/v1/tokens/{tokenId}": async (w, p) => ({ params: { tokenId: await w.newToken(w.userOf(p) ?? w.team.owner) } }),

  "GET /api/v1/projects": async () => ({}),
  "POST /api/v1/projects": async () => ({ body: { name: `Project ${randomUUID()}` } }),
  "GET /api/v1/projects/{projectId}": async (w) => project(w),
  "PATCH /api/v1/projects/{projectId}": async (w) => ({ ...project(w), body: { description: `Edited ${randomUUID()}` } }),
  "GET /api/v1/projects/{projectId}/members": async (w) => project(w),
  "POST /api/v1/projects/{projectId}/members": async (w) => ({ ...project(w), body: { email: (await w.newUser()).email, role: "viewer" } }),
  "PATCH /api/v1/projects/{projectId}/members/{userId}": async (w) => ({
    params: { projectId: w.projectId, userId: (await w.newViewer()).id },
    body: { role: "annotator" },
  }),
  "DELETE /api/v1/projects/{projectId}/members/{userId}": async (w) => ({ params: { projectId: w.projectId, userId: (await w.newViewer()).id } }),
  "GET /api/v1/projects/{projectId}/events": async (w) => project(w),
  "GET /api/v1/projects/{projectId}/events/verify": async (w) => project(w),
  "GET /api/v1/log/keys": async () => ({}),
  "GET /api/v1/projects/{projectId}/log/head": async (w) => project(w),
  "GET /api/v1/projects/{projectId}/log/inclusion": async (w) => ({ ...project(w), url: "/log/inclusion?seq=1&treeSize=1" }),
  "GET /api/v1/projects/{projectId}/log/consistency": async (w) => ({ ...project(w), url: "/log/consistency?from=1&to=1" }),
  "GET /api/v1/projects/{projectId}/search": async (w) => ({ ...project(w), url: "/search?q=Commission" }),
  "GET /api/v1/projects/{projectId}/assignments": async (w) => project(w),
  "POST /api/v1/projects/{projectId}/assignments": async (w) => ({ ...project(w), body: { documentId: await w.newDocument(), userId: w.team.annotator.id } }),
  "POST /api/v1/assignments/{assignmentId}/submit": async (w, p) => ({ params: { assignmentId: await w.newAssignment(w.author(p)) } }),

  "GET /api/v1/projects/{projectId}/documents": async (w) => project(w),
  "POST /api/v1/projects/{projectId}/documents": async (w) => ({ ...project(w), body: { title: "Testimony", text: TEXT } }),
  "GET /api/v1/documents/{documentId}": async (w) => document(w),
  "GET /api/v1/documents/{documentId}/text": async (w) => ({ ...document(w), unless: (a) => (a.text === TEXT ? null : "the answer is not the document's text") }),
  "GET /api/v1/documents/{documentId}/versions": async (w) => document(w),
  "POST /api/v1/documents/{documentId}/versions": async (w) => ({ params: { documentId: await w.newDocument() }, body: { text: `Corrected. ${TEXT}` } }),
  "GET /api/v1/documents/{documentId}/orphans": async (w) => document(w),
  "GET /api/v1/documents/{documentId}/live": async (w) => document(w),
  "GET /api/v1/documents/{documentId}/agreement": async (w) => document(w),
  "GET /api/v1/documents/{documentId}/annotations": async (w) => document(w),
  "GET /api/v1/documents/{documentId}/spans": async (w) => document(w),
  "POST /api/v1/documents/{documentId}/annotations": async (w) => ({ ...document(w), body: { quote: { exact: "Death Commission" } } }),
  "POST /api/v1/documents/{documentId}/rejected-suggestions": async (w) => ({ ...document(w), body: freshSpan() }),
  "POST /api/v1/projects/{projectId}/annotations/import": async (w) => ({
    ...project(w),
    url: `/import?documentId=${await w.newDocument()}`,
    body: { type: "Annotation", body: { type: "TextualBody", value: "imported" }, target: { selector: { type: "TextQuoteSelector", exact: "political prisoners" } } },
    unless: (a) => ((JSON.parse(a.text) as { created: unknown[] }).created.length === 1 ? null : `nothing was imported: ${a.text}`),
  }),
};
