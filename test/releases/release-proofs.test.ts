// Releases prove themselves: the manifest's signed head covers the data, log-proofs.jsonl proves
// every event of every released claim (checked here with an independent RFC 9162 verifier), and the
// checks verify.html runs (npm run verify-release uses the same code) pass, and fail naming a
// changed file.
import canonicalize from "canonicalize";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getHead } from "@/app/api/v1/projects/[projectId]/log/head/route";
import { POST as createRelease } from "@/app/api/v1/projects/[projectId]/releases/route";
import { GET as getFile } from "@/app/api/v1/releases/[releaseId]/files/[name]/route";
import { call } from "../support/api";
import { callRaw } from "../support/call-raw";
import { createExportData, type ExportData } from "../support/export-data";
import { leafHashOf, verifyInclusion } from "../support/rfc9162";
import { embeddedRelease, runReleaseChecks } from "@/lib/releases/check-release";

let data: ExportData;
let release: { id: string; projectId: string; files: { name: string; sha256: string }[]; logHead: { treeSize: number; rootHash: string; keyId: string } };
const files: Record<string, Uint8Array> = {};

beforeAll(async () => {
  data = await createExportData();
  const res = await call(createRelease, { token: data.team.reviewer.token, params: { projectId: data.team.projectId }, body: { name: "Proved dataset" } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  release = res.body;
  for (const f of release.files) {
    const got = await callRaw(getFile, { url: `/api/v1/releases/${release.id}/files/${f.name}`, token: data.team.viewer.token, params: { releaseId: release.id, name: f.name } });
    expect(got.status).toBe(200);
    files[f.name] = new Uint8Array(got.bytes);
  }
});

const text = (name: string) => Buffer.from(files[name]!).toString("utf8");

describe("a release's log proofs", () => {
  it("records the signed head it was read at, one the project really signed", async () => {
    const head = await call(getHead, { token: data.team.viewer.token, params: { projectId: data.team.projectId } });
    expect(release.logHead.treeSize).toBeGreaterThan(0);
    expect(release.logHead.treeSize).toBeLessThanOrEqual(head.body.treeSize);
    expect(release.logHead.keyId).toBe(head.body.keyId);
  });

  it("proves every event of every released claim against that head (independent RFC 9162 check)", () => {
    const lines = text("log-proofs.jsonl").trim().split("\n").map((l) => JSON.parse(l));
    const released = text("claims.jsonl").trim().split("\n").map((l) => JSON.parse(l).id as string);
    expect(lines.map((l) => l.claimId).sort()).toEqual([...released].sort());
    for (const line of lines) {
      expect(line.events.length).toBeGreaterThan(0);
      for (const ev of line.events) {
        expect(ev.event).toMatchObject({ projectId: release.projectId, seq: ev.seq, subjectType: "claim", subjectId: line.claimId });
        const leaf = leafHashOf(Buffer.from(canonicalize(ev.event)!, "utf8"));
        expect(verifyInclusion(ev.leafIndex, release.logHead.treeSize, leaf, ev.auditPath, release.logHead.rootHash), `${line.claimId} seq ${ev.seq}`).toBe(true);
      }
    }
  });

  it("passes every check of verify.html on the untouched files", async () => {
    const report = await runReleaseChecks(embeddedRelease(text("verify.html")), files);
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(report.checks.filter((c) => c.kind === "claim")).toHaveLength(JSON.parse(JSON.stringify(release)).counts.claims);
    expect(report.ok).toBe(true);
  });

  it.each(["claims.csv", "claims.jsonl", "log-proofs.jsonl", "datapackage.zip"])("fails naming %s when one byte of it changes", async (name) => {
    const changed = Uint8Array.from(files[name]!);
    const at = Math.floor(changed.length / 2);
    changed[at] = changed[at]! ^ 0x01;
    const report = await runReleaseChecks(embeddedRelease(text("verify.html")), { ...files, [name]: changed });
    expect(report.ok).toBe(false);
    expect(report.checks.find((c) => c.kind === "file" && c.name === name)).toMatchObject({ ok: false, message: expect.stringContaining(`${name}: does not match the manifest`) });
  });

  it("fails when a proof was rewritten, even with the manifest's hash forged to match", async () => {
    const embedded = embeddedRelease(text("verify.html"));
    const lines = text("log-proofs.jsonl").trim().split("\n").map((l) => JSON.parse(l));
    lines[0].events[0].event.data = { forged: true };
    const forged = new TextEncoder().encode(lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
    const { createHash } = await import("node:crypto");
    const manifest = { ...embedded, files: embedded.files.map((f) => (f.name === "log-proofs.jsonl" ? { ...f, sha256: createHash("sha256").update(forged).digest("hex") } : f)) };
    const report = await runReleaseChecks(manifest, { ...files, "log-proofs.jsonl": forged });
    expect(report.checks.find((c) => c.kind === "claim" && c.name === lines[0].claimId)).toMatchObject({ ok: false, message: expect.stringContaining("is not in the signed log") });
  });

  it("fails when the head's signature does not hold", async () => {
    const embedded = embeddedRelease(text("verify.html"));
    const report = await runReleaseChecks({ ...embedded, logHead: { ...embedded.logHead!, treeSize: embedded.logHead!.treeSize + 1 } }, files);
    expect(report.checks.find((c) => c.kind === "signature")).toMatchObject({ ok: false });
    expect(report.ok).toBe(false);
  });

  it("npm run verify-release passes on the folder, and exits 1 naming a changed file", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "release-"));
    for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(dir, `${release.id}-${name}`), bytes);
    const run = () => spawnSync(process.execPath, ["--import", "tsx", "scripts/verify-release.ts", dir], { encoding: "utf8" });
    const ok = run();
    expect(ok.stdout).toContain("verify-release: every check passed");
    expect(ok.status).toBe(0);
    const csv = path.join(dir, `${release.id}-claims.csv`);
    writeFileSync(csv, Buffer.concat([readFileSync(csv), Buffer.from(" ")]));
    const bad = run();
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/FAIL claims\.csv: does not match the manifest/);
  });
});
