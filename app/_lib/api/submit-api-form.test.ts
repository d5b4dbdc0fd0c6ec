// A form submitted through callApi against the real route handlers (in-process, through a transport
// standing in for XMLHttpRequest): the browser's check refuses before anything is sent, a success
// hands back the route's checked answer, and a refusal lands beside the controls it names with the
// server's own sentence (the generic "request is not valid" reads as the form's usual one).
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { POST as postClaimType } from "@/app/api/v1/projects/[projectId]/claim-types/route";
import { POST as postProject } from "@/app/api/v1/projects/route";
import { POST as postUser } from "@/app/api/v1/users/route";
import { ZSignUp } from "@/lib/auth/schemas";
import { ZCreateClaimType } from "@/lib/claims/types/custom";
import { signUp } from "@/lib/http/contracts/accounts";
import { createClaimType } from "@/lib/http/contracts/claims";
import { createProject } from "@/lib/http/contracts/projects";
import { ZCreateProject } from "@/lib/projects/schemas";
import { call } from "@/test/support/api";
import { createProject as makeProject, createUser, uniqueEmail } from "@/test/support/fixtures";
import { readForm } from "../read-form";
import { callApi } from "./call-api";
import type { SentRequest, Transport } from "./send-request";
import { CHECK_FIELDS, submitApiForm } from "./submit-api-form";

type Handler<P> = (req: Request, ctx: { params: Promise<P> }) => Promise<Response>;

function through<P>(handler: Handler<P>, params: P, token: string | undefined, seen: SentRequest[] = []): Transport {
  return async (request) => {
    seen.push(request);
    const headers = { ...request.headers, ...(request.contentType ? { "content-type": request.contentType } : {}) };
    const answer = await call(handler, { method: request.method, url: request.url, body: request.body as string | undefined, token, params, headers });
    return { status: answer.status, body: answer.body };
  };
}

const formOf = (fields: Record<string, string | string[]>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) form.append(name, v);
  return form;
};

const projectFields = (form: FormData) => readForm(form, ["name", "description"], ["description"]);

describe("submitApiForm", () => {
  it("refuses in the browser, naming the field, and sends nothing", async () => {
    const seen: SentRequest[] = [];
    const sent = await submitApiForm(
      { schema: ZCreateProject, toInput: projectFields, send: (body) => callApi(createProject, { body, transport: async (r) => (seen.push(r), { status: 500, body: null }) }) },
      formOf({ name: "  ", description: "" }),
    );
    expect(sent.sent).toBe(false);
    expect(seen).toHaveLength(0);
    expect(sent.state).toMatchObject({ status: "error", code: "invalid_input", message: CHECK_FIELDS });
    expect(sent.state.fieldErrors?.name).toBeTruthy();
  });

  it("sends the checked fields as the route's JSON body and answers with the route's checked answer", async () => {
    const owner = await createUser("form");
    const seen: SentRequest[] = [];
    const sent = await submitApiForm(
      { schema: ZCreateProject, toInput: projectFields, send: (body) => callApi(createProject, { body, transport: through(postProject, {}, owner.token, seen) }) },
      formOf({ name: "گواهی‌ها ۱۳۶۷", description: "" }),
    );
    expect(sent.sent).toBe(true);
    expect(JSON.parse(seen[0]?.body as string)).toEqual({ name: "گواهی‌ها ۱۳۶۷" });
    expect(sent.state.status).toBe("ok");
    expect(sent.state.data).toMatchObject({ name: "گواهی‌ها ۱۳۶۷", role: "owner" });
  });

  it("puts a 400's issues beside the fields and reads the generic refusal as the form's own sentence", async () => {
    const owner = await createUser("form");
    // A looser check in the browser than on the server: the route is the one that refuses.
    const loose = z.object({ name: z.string(), description: z.string().optional() });
    const sent = await submitApiForm(
      { schema: loose, toInput: projectFields, send: (body) => callApi(createProject, { body, transport: through(postProject, {}, owner.token) }) },
      formOf({ name: "   " }),
    );
    expect(sent.sent).toBe(true);
    expect(sent.state).toMatchObject({ status: "error", code: "invalid_input", message: CHECK_FIELDS });
    expect(sent.state.fieldErrors?.name).toBeTruthy();
  });

  it("keeps the server's sentence for any other refusal", async () => {
    const email = uniqueEmail("taken");
    const fields = formOf({ name: "Maryam", email, password: "correct horse battery" });
    const toInput = (form: FormData) => readForm(form, ["name", "email", "password"]);
    const send = (body: z.output<typeof ZSignUp>) => callApi(signUp, { body, transport: through(postUser, {}, undefined) });
    expect((await submitApiForm({ schema: ZSignUp, toInput, send }, fields)).state.status).toBe("ok");
    const again = await submitApiForm({ schema: ZSignUp, toInput, send }, fields);
    expect(again.state).toMatchObject({ status: "error", code: "conflict", message: "An account with that email already exists." });
  });

  it("keys issues by their whole path for forms with numbered controls", async () => {
    const owner = await createUser("form");
    const projectId = await makeProject(owner);
    const loose = z.object({ name: z.string(), fields: z.array(z.object({ name: z.string(), kind: z.string(), required: z.boolean(), options: z.array(z.string()) })) });
    const toInput = () => ({ name: "detention_site", fields: [{ name: "prison", kind: "choice", required: true, options: [] }] });
    const sent = await submitApiForm(
      {
        schema: loose,
        toInput,
        errorKeys: "path",
        send: (body) => callApi(createClaimType, { params: { projectId }, body: body as z.input<typeof ZCreateClaimType>, transport: through(postClaimType, { projectId }, owner.token) }),
      },
      new FormData(),
    );
    expect(sent.state.status).toBe("error");
    expect(Object.keys(sent.state.fieldErrors ?? {})).toContain("fields.0.options");
  });
});
