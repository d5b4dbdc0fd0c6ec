// Releases: who may make one, the manifest, bytes that hash to it on every download, tables that
// refuse change, re-verification against today's data, and the comparison of two releases.
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { PATCH as patchEntity } from "@/app/api/v1/entities/[entityId]/route";
import { POST as review } from "@/app/api/v1/claims/[claimId]/reviews/route";
import { GET as listEvents } from "@/app/api/v1/projects/[projectId]/events/route";
import { GET as getFile } from "@/app/api/v1/releases/[releaseId]/files/[name]/route";
import { GET as getRelease } from "@/app/api/v1/releases/[releaseId]/route";
import { GET as verify } from "@/app/api/v1/releases/[releaseId]/verify/route";
import { db } from "@/lib/db/client";
import { call } from "@/test/support/api";
import { expectError, expectHidden } from "@/test/support/assertions";
import { callRaw } from "@/test/support/call-raw";
import { createExportData, type ExportData } from "@/test/support/export-data";
import { GET as compare } from "./compare/route";
import { GET as list, POST as create } from "./route";

let data: ExportData;
let release: { id: string; files: { name: string; sha256: string; bytes: number }[]; counts: Record<string, number> };
const p = () => ({ projectId: data.team.projectId });
const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");
const download = (releaseId: string, name: string, token = data.team.viewer.token, headers: Record<string, string> = {}) =>
  callRaw(getFile, { url: `/api/v1/releases/${releaseId}/files/${name}`, token, params: { releaseId, name }, headers });

beforeAll(async () => {
  data = await createExportData();
  const res = await call(create, { token: data.team.reviewer.token, params: p(), body: { name: "First dataset" } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  release = res.body;
});

describe("creating a release", () => {
  it("answers the manifest: counts and every file with its size and sha256", () => {
    expect(release).toMatchObject({ name: "First dataset", createdBy: data.team.reviewer.id, counts: { claims: 3, rows: 4, documents: 2, reviews: 3 } });
    expect(release.files.map((f) => f.name)).toEqual(["claims.csv", "claims.jsonl", "claims.w3c.jsonld", "datapackage.zip", "log-proofs.jsonl", "verify.html"]);
    for (const f of release.files) expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("is for reviewers and owners; annotators and viewers are refused, outsiders see no project", async () => {
    for (const who of [data.team.annotator, data.team.viewer]) {
      expectError(await call(create, { token: who.token, params: p(), body: { name: "x" } }), 403, "forbidden");
    }
    expectHidden(await call(create, { token: data.team.outsider.token, params: p(), body: { name: "x" } }));
    expectError(await call(create, { token: data.team.owner.token, params: p(), body: { name: "" } }), 400, "invalid_input", [["name"]]);
    expectError(await call(create, { token: data.team.owner.token, params: p(), body: { name: "x", filter: { types: ["role"] } } }), 400, "invalid_input");
    expectError(await call(create, { token: data.team.owner.token, params: p(), body: { name: "x", filter: { documentId: ["doc_nope"] } } }), 400, "invalid_input", [["documentId", 0]]);
  });

  it("records a release.created event with the files' hashes", async () => {
    const events = (await call(listEvents, { token: data.team.owner.token, params: p(), url: "/?limit=500" })).body.items;
    const made = events.find((e: { type: string; subjectId: string }) => e.type === "release.created" && e.subjectId === release.id);
    expect(made).toMatchObject({ actorId: data.team.reviewer.id, data: { name: "First dataset", counts: { claims: 3 } } });
    expect(made.data.files).toEqual(release.files.map(({ name, bytes, sha256 }) => ({ name, bytes, sha256 })));
  });
});

describe("release files", () => {
  it("return exactly the bytes the manifest hashes, the same on every download", async () => {
    for (const f of release.files) {
      const first = await download(release.id, f.name);
      expect(first.status).toBe(200);
      expect(first.bytes.length).toBe(f.bytes);
      expect(sha256(first.bytes)).toBe(f.sha256);
      expect(first.headers.get("etag")).toBe(`"${f.sha256}"`);
      expect(first.headers.get("content-length")).toBe(String(f.bytes));
      const again = await download(release.id, f.name, data.team.owner.token);
      expect(again.bytes.equals(first.bytes)).toBe(true);
      expect((await download(release.id, f.name, data.team.viewer.token, { "if-none-match": `"${f.sha256}"` })).status).toBe(304);
    }
    const csv = (await download(release.id, "claims.csv")).text;
    expect(csv.split("\r\n")[0]).toMatch(/^claim_id,claim_type,/);
  });

  it("are visible to members and hidden from outsiders", async () => {
    const manifest = await call(getRelease, { token: data.team.viewer.token, params: { releaseId: release.id } });
    expect(manifest.body).toEqual(release);
    const listed = await call(list, { token: data.team.viewer.token, params: p() });
    expect(listed.body.items.map((r: { id: string }) => r.id)).toContain(release.id);
    expectHidden(await call(getRelease, { token: data.team.outsider.token, params: { releaseId: release.id } }), "release");
    const outsider = await download(release.id, "claims.csv", data.team.outsider.token);
    expectHidden({ status: outsider.status, headers: outsider.headers, body: JSON.parse(outsider.text) }, "release");
    const missing = await download(release.id, "other.csv");
    expect(missing.status).toBe(404);
  });

  it("are stored in tables that refuse UPDATE, DELETE and TRUNCATE", async () => {
    await expect(db().$executeRaw`UPDATE "Release" SET name = 'forged' WHERE id = ${release.id}`).rejects.toThrow(/frozen/);
    await expect(db().$executeRaw`UPDATE "ReleaseFile" SET sha256 = repeat('0', 64) WHERE "releaseId" = ${release.id}`).rejects.toThrow(/frozen/);
    await expect(db().$executeRaw`UPDATE "ReleaseFileChunk" SET data = '\\x00' WHERE "releaseId" = ${release.id}`).rejects.toThrow(/frozen/);
    await expect(db().$executeRaw`DELETE FROM "ReleaseFileChunk" WHERE "releaseId" = ${release.id}`).rejects.toThrow(/frozen/);
    await expect(db().$executeRaw`DELETE FROM "Release" WHERE id = ${release.id}`).rejects.toThrow(/frozen/);
    const attempt = db().$transaction(async (tx) => {
      await tx.$executeRaw`TRUNCATE "ReleaseFileChunk"`;
      throw new Error("TRUNCATE was allowed");
    });
    await expect(attempt).rejects.toThrow(/frozen/);
    expect(sha256((await download(release.id, "claims.jsonl")).bytes)).toBe(release.files[1]!.sha256);
  });
});

describe("verifying and comparing", () => {
  it("re-verifies: intact, and reproducible until the data changes; then the comparison shows what changed", async () => {
    expect((await call(verify, { token: data.team.viewer.token, params: { releaseId: release.id } })).body).toMatchObject({ intact: true, reproducible: true });

    await call(review, { token: data.team.reviewer.token, params: { claimId: data.claims.statement }, body: { decision: "approve" } });
    const renamed = await call(patchEntity, { method: "PATCH", token: data.team.owner.token, params: { entityId: data.entities.evin }, body: { name: "Evin Prison, Tehran" } });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    const checked = (await call(verify, { token: data.team.viewer.token, params: { releaseId: release.id } })).body;
    expect(checked).toMatchObject({ intact: true, reproducible: false });

    const second = await call(create, { token: data.team.owner.token, params: p(), body: { name: "Second dataset", filter: { deprecated: "exclude" } } });
    expect(second.status, JSON.stringify(second.body)).toBe(201);
    const diff = await call(compare, { token: data.team.viewer.token, params: p(), url: `/?base=${release.id}&head=${second.body.id}` });
    expect(diff.status, JSON.stringify(diff.body)).toBe(200);
    expect(diff.body.totals).toEqual({ added: 1, removed: 1, changed: 1, unchanged: 1 });
    expect(diff.body.added.map((c: { id: string }) => c.id)).toEqual([data.claims.statement]);
    expect(diff.body.removed.map((c: { id: string }) => c.id)).toEqual([data.claims.deprecated]);
    expect(diff.body.changed[0]).toMatchObject({ id: data.claims.counted });
    expect(diff.body.changed[0].changes).toContainEqual({ path: `entities.${data.entities.evin}.name`, before: "Evin Prison", after: "Evin Prison, Tehran" });
    expectError(await call(compare, { token: data.team.viewer.token, params: p(), url: `/?base=${release.id}` }), 400, "invalid_input", [["head"]]);
    expectHidden(await call(compare, { token: data.team.outsider.token, params: p(), url: `/?base=${release.id}&head=${second.body.id}` }));
  });
});
