// With a timestamp authority (TSA_URL), a head read carries an RFC 3161 token over the SHA-256 of the
// head's signed statement, which OpenSSL verifies; without one, heads carry none; a silent authority
// costs the head its token, never the read.
import canonicalize from "canonicalize";
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getHead } from "@/app/api/v1/projects/[projectId]/log/head/route";
import { startOpensslTsa, type OpensslTsa } from "@/test/support/capture/openssl-tsa";
import { call } from "../support/api";
import { createProject, createUser, type TestUser } from "../support/fixtures";

let tsa: OpensslTsa;
let owner: TestUser;

beforeAll(async () => {
  tsa = await startOpensslTsa();
  owner = await createUser("tsa-head");
});

afterAll(async () => {
  delete process.env.TSA_URL;
  await tsa.close();
});

const head = async (projectId: string) => {
  const res = await call(getHead, { token: owner.token, params: { projectId } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};

describe("timestamps of signed heads", () => {
  it("carry none without TSA_URL", async () => {
    delete process.env.TSA_URL;
    expect((await head(await createProject(owner))).tsaTimestamp).toBeUndefined();
  });

  it("carry a token OpenSSL verifies over the SHA-256 of the signed statement, asked once per head", async () => {
    const projectId = await createProject(owner);
    process.env.TSA_URL = tsa.url;
    tsa.mode = "answer";
    const before = tsa.requests;
    const h = await head(projectId);
    const statement = canonicalize({ projectId, treeSize: h.treeSize, rootHash: h.rootHash, timestamp: h.timestamp })!;
    const digest = createHash("sha256").update(statement, "utf8").digest("hex");
    expect(h.tsaTimestamp).toMatchObject({ tsa: tsa.url, sha256: digest });
    expect(await tsa.verifyWithOpenssl(Buffer.from(h.tsaTimestamp.token, "base64"), digest)).toMatch(/Verification: OK/);
    expect((await head(projectId)).tsaTimestamp.token).toBe(h.tsaTimestamp.token);
    expect(tsa.requests - before).toBe(1);
  });

  it("a failing authority leaves the head without a token, the read still answers, and reads stop asking for a while", async () => {
    const projectId = await createProject(owner);
    process.env.TSA_URL = tsa.url;
    tsa.mode = "fail";
    const h = await head(projectId);
    expect(h.treeSize).toBeGreaterThan(0);
    expect(h.tsaTimestamp).toBeUndefined();
    // For a minute after a failure no read waits on the authority again, even once it answers.
    tsa.mode = "answer";
    const asked = tsa.requests;
    expect((await head(projectId)).tsaTimestamp).toBeUndefined();
    expect(tsa.requests).toBe(asked);
  });
});
