// npm run verify-release -- <folder>: checks a downloaded release offline, exactly as its verify.html
// does in a browser: each file against the manifest the page carries, the log head's signature,
// every claim's proofs against that head. Exits 1 when any check fails.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { embeddedRelease, runReleaseChecks } from "../lib/releases/check-release";

const folder = process.argv.slice(2).find((a) => a !== "--");
if (!folder) {
  console.error("usage: npm run verify-release -- <folder holding the release's files and verify.html>");
  process.exit(2);
}
const names = readdirSync(folder);
const page = names.find((n) => n === "verify.html") ?? names.find((n) => n.endsWith("verify.html"));
if (!page) {
  console.error(`${folder}: no verify.html (the release's own page carries its manifest and signed head)`);
  process.exit(2);
}
const embedded = embeddedRelease(readFileSync(path.join(folder, page), "utf8"));
const files: Record<string, Uint8Array> = {};
for (const f of embedded.files) {
  // Downloads are named <releaseId>-<name>; either form is accepted.
  const found = names.find((n) => n === f.name) ?? names.find((n) => n === `${embedded.release.id}-${f.name}`);
  if (found) files[f.name] = readFileSync(path.join(folder, found));
}
const report = await runReleaseChecks(embedded, files);
// The head's RFC 3161 timestamp, when it has one: the token must stamp the SHA-256 of the signed statement.
const stamp = embedded.logHead?.tsaTimestamp;
if (embedded.logHead && stamp) {
  const { statementSha256 } = await import("../lib/log/timestamp-head");
  const { verifyTimestampToken } = await import("../lib/capture/timestamp/verify-timestamp-token");
  const digest = statementSha256(embedded.projectId, embedded.logHead);
  const checked = await verifyTimestampToken(Buffer.from(stamp.token, "base64"), digest);
  const ok = checked.ok && stamp.sha256 === digest;
  report.checks.push({
    kind: "signature",
    name: "timestamp",
    ok,
    message: ok
      ? `the log head was timestamped at ${checked.genTime} by ${checked.signer ?? stamp.tsa} (RFC 3161; signer certificate sha256 ${checked.signerFingerprint?.slice(0, 16)}…)`
      : `the log head's RFC 3161 timestamp does not verify: ${checked.problems.join("; ") || "it stamps another statement"}`,
  });
  report.ok &&= ok;
}
console.log(`release ${embedded.release.id} "${embedded.release.name}" of project ${embedded.projectId}`);
console.log(`signed by key ${embedded.logHead?.keyId ?? "(none)"}: compare it with GET /api/v1/log/keys`);
for (const c of report.checks) console.log(`${c.ok ? "ok  " : "FAIL"} ${c.message}`);
const failed = report.checks.filter((c) => !c.ok).length;
console.log(report.ok ? `verify-release: every check passed (${report.checks.length})` : `verify-release: ${failed} of ${report.checks.length} checks failed`);
process.exit(report.ok ? 0 : 1);
