import { Readable } from "node:stream";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { POST as restore } from "@/app/api/v1/backups/route";
import { GET as backup } from "@/app/api/v1/projects/[projectId]/backup/route";
import { type CallResult, randomClientAddress } from "@/test/support/api";
import { expectError, expectHidden } from "@/test/support/assertions";
import { callRaw } from "@/test/support/call-raw";
import { createTeam } from "@/test/support/fixtures";
import { projectState } from "@/test/support/db-state";

async function post(bytes: Buffer, token?: string): Promise<CallResult> {
  const headers = new Headers({ "x-forwarded-for": randomClientAddress(), "content-type": "application/gzip" });
  if (token) headers.set("authorization", `Bearer ${token}`);
  const req = new Request("http://localhost:3000/api/v1/backups", { method: "POST", headers, body: Readable.toWeb(Readable.from([bytes])) as ReadableStream, duplex: "half" } as RequestInit);
  const res = await restore(req, { params: Promise.resolve({}) });
  return { status: res.status, headers: res.headers, body: await res.json() };
}

describe("GET /api/v1/projects/{projectId}/backup", () => {
  it("streams the owner a gzip archive from header to manifest, and records who took it", async () => {
    const t = await createTeam();
    const res = await callRaw(backup, { url: `/api/v1/projects/${t.projectId}/backup`, token: t.owner.token, params: { projectId: t.projectId } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/gzip");
    expect(res.headers.get("content-disposition")).toMatch(new RegExp(`attachment; filename="${t.projectId}-.*\\.backup\\.jsonl\\.gz"`));
    const lines = gunzipSync(res.bytes).toString("utf8").trim().split("\n");
    expect(JSON.parse(lines[0] ?? "").header).toMatchObject({ projectId: t.projectId, version: 1 });
    const { manifest } = JSON.parse(lines.at(-1) ?? "");
    expect(manifest.parts.map((p: { name: string }) => p.name)).toContain("Event");
    expect(lines.some((l) => l.includes('"type":"backup.created"'))).toBe(true);
    expect(res.headers.get("x-backup-head-hash")).toBe((await projectState(t.projectId)).headHash);
  });

  it("is for owners: a reviewer is refused, an outsider learns nothing", async () => {
    const t = await createTeam();
    const asReviewer = await callRaw(backup, { url: "/", token: t.reviewer.token, params: { projectId: t.projectId } });
    expect(asReviewer.status).toBe(403);
    const asOutsider = await callRaw(backup, { url: "/", token: t.outsider.token, params: { projectId: t.projectId } });
    expectHidden({ status: asOutsider.status, headers: asOutsider.headers, body: JSON.parse(asOutsider.text) });
  });
});

describe("POST /api/v1/backups", () => {
  it("refuses a project that exists here (409), bytes that are no archive (400) and no credentials (401), changing nothing", async () => {
    const t = await createTeam();
    const archive = (await callRaw(backup, { url: "/", token: t.owner.token, params: { projectId: t.projectId } })).bytes;
    const before = await projectState(t.projectId);
    expectError(await post(archive, t.owner.token), 409, "conflict");
    expectError(await post(Buffer.from("not a backup"), t.owner.token), 400, "invalid_input");
    expectError(await post(archive), 401, "unauthorized");
    expect(await projectState(t.projectId)).toEqual(before);
  });
});
