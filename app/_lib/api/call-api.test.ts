// The browser's API client against the real route handler (in-process, through a transport that
// stands in for XMLHttpRequest): answers come back typed and checked by the contract's response
// schema; refusals, lost connections and answers of another shape become failures with a sentence.
import { describe, expect, it } from "vitest";
import { GET as getProject, PATCH as patchProject } from "@/app/api/v1/projects/[projectId]/route";
import { POST as postProject } from "@/app/api/v1/projects/route";
import { createProject, getProject as getProjectContract, updateProject } from "@/lib/http/contracts/projects";
import { call } from "@/test/support/api";
import { createUser } from "@/test/support/fixtures";
import { apiUrl } from "./api-url";
import { callApi } from "./call-api";
import type { SentRequest, Transport } from "./send-request";

type Handler<P> = (req: Request, ctx: { params: Promise<P> }) => Promise<Response>;

/** Sends what the client would put on the wire to a route handler, as the signed-in user. */
function through<P>(handler: Handler<P>, params: P, token: string, seen: SentRequest[] = []): Transport {
  return async (request) => {
    seen.push(request);
    const headers = { ...request.headers, ...(request.contentType ? { "content-type": request.contentType } : {}) };
    const answer = await call(handler, { method: request.method, url: request.url, body: request.body as string | undefined, token, params, headers });
    return { status: answer.status, body: answer.body };
  };
}

describe("callApi", () => {
  it("sends the contract's method, path and JSON body, and answers the route's JSON once its schema checked it", async () => {
    const owner = await createUser("client");
    const seen: SentRequest[] = [];
    const made = await callApi(createProject, { body: { name: "Testimonies, 1988", description: "Prison memoirs" }, transport: through(postProject, {}, owner.token, seen) });
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(seen[0]).toMatchObject({ method: "POST", url: "/api/v1/projects", contentType: "application/json" });
    expect(JSON.parse(seen[0]?.body as string)).toEqual({ name: "Testimonies, 1988", description: "Prison memoirs" });
    expect(made.data.name).toBe("Testimonies, 1988");

    const renamed = await callApi(updateProject, { params: { projectId: made.data.id }, body: { name: "گواهی‌ها ۱۳۶۷" }, transport: through(patchProject, { projectId: made.data.id }, owner.token) });
    expect(renamed.ok && renamed.data.name).toBe("گواهی‌ها ۱۳۶۷");
    const read = await callApi(getProjectContract, { params: { projectId: made.data.id }, transport: through(getProject, { projectId: made.data.id }, owner.token) });
    expect(read.ok && read.data.name).toBe("گواهی‌ها ۱۳۶۷");
  });

  it("turns a refusal into a failure naming the field", async () => {
    const owner = await createUser("client");
    const refused = await callApi(createProject, { body: { name: "   " }, transport: through(postProject, {}, owner.token) });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.failure.status).toBe(400);
    expect(refused.failure.fieldErrors.name).toBeTruthy();
  });

  it("never hands the page an answer of another shape, nor throws on a lost connection", async () => {
    const odd = await callApi(getProjectContract, { params: { projectId: "prj_x" }, transport: async () => ({ status: 200, body: { id: 5 } }) });
    expect(odd).toMatchObject({ ok: false, failure: { code: "unexpected_answer" } });
    const unknownStatus = await callApi(getProjectContract, { params: { projectId: "prj_x" }, transport: async () => ({ status: 299, body: null }) });
    expect(unknownStatus).toMatchObject({ ok: false, failure: { code: "unexpected_answer" } });
    const lost = await callApi(getProjectContract, { params: { projectId: "prj_x" }, transport: async () => ({ status: 0, body: null }) });
    expect(lost).toMatchObject({ ok: false, failure: { status: 0, code: "network" } });
  });
});

describe("apiUrl", () => {
  it("fills each path parameter encoded, so an id cannot change the path, and repeats list values in the query", () => {
    expect(apiUrl({ path: "/projects/{projectId}/claims" }, { projectId: "a/../b?c" }, { status: ["draft", "submitted"], limit: 500, cursor: undefined })).toBe(
      "/api/v1/projects/a%2F..%2Fb%3Fc/claims?status=draft&status=submitted&limit=500",
    );
    expect(() => apiUrl({ path: "/claims/{claimId}" }, {})).toThrow("{claimId}");
  });
});
