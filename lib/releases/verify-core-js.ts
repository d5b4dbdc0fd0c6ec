// The checks a release's reader runs, as plain JavaScript source: embedded verbatim in verify.html
// (so the page needs nothing but a browser, offline, from a file) and run by
// `npm run verify-release` through lib/releases/check-release.ts, so page and shell apply the very
// same code. It uses only WebCrypto (SHA-256, Ed25519), TextEncoder and JSON.
//
// checkRelease(embedded, files, subtle) → {ok, checks: [{kind, name, ok, message}]}:
//   embedded: what verify.html carries: {projectId, release, files: [{name, sha256, bytes}], logHead, keys}
//   files: {name: Uint8Array} of the files the reader gave
// Checks: each file's sha256 against the manifest; the head's Ed25519 signature under its key; every
// claim's every event: its leaf (RFC 8785 JSON, SHA-256 with 0x00) and audit path lead to the signed
// root (RFC 9162, 2.1.3.2); and every claim of claims.jsonl has its proofs.
export const VERIFY_CORE_JS = String.raw`
async function checkRelease(embedded, files, subtle) {
  const checks = [];
  const add = (kind, name, ok, message) => checks.push({ kind, name, ok, message });
  const hex = (buf) => Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, "0")).join("");
  const unhex = (h) => Uint8Array.from(h.match(/../g) || [], (x) => parseInt(x, 16));
  const concat = (...parts) => { const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0)); let at = 0; for (const p of parts) { out.set(p, at); at += p.length; } return out; };
  const sha = async (bytes) => new Uint8Array(await subtle.digest("SHA-256", bytes));
  const utf8 = (s) => new TextEncoder().encode(s);
  // RFC 8785: keys sorted by UTF-16 code units, ECMAScript number and string serialisation.
  const jcs = (v) => v === null || typeof v !== "object" ? JSON.stringify(v)
    : Array.isArray(v) ? "[" + v.map(jcs).join(",") + "]"
    : "{" + Object.keys(v).filter((k) => v[k] !== undefined).sort().map((k) => JSON.stringify(k) + ":" + jcs(v[k])).join(",") + "}";
  const node = async (l, r) => sha(concat(Uint8Array.of(1), l, r));
  // RFC 9162, 2.1.3.2.
  async function rootFromPath(leafIndex, treeSize, leafHash, path) {
    if (leafIndex >= treeSize) return null;
    let fn = leafIndex, sn = treeSize - 1, r = leafHash;
    for (const p of path.map(unhex)) {
      if (sn === 0) return null;
      if (fn % 2 === 1 || fn === sn) {
        r = await node(p, r);
        if (fn % 2 === 0) while (fn % 2 === 0 && fn !== 0) { fn = Math.floor(fn / 2); sn = Math.floor(sn / 2); }
      } else r = await node(r, p);
      fn = Math.floor(fn / 2); sn = Math.floor(sn / 2);
    }
    return sn === 0 ? hex(r) : null;
  }

  const intact = {};
  for (const f of embedded.files) {
    const given = files[f.name];
    if (!given) { add("file", f.name, false, f.name + ": not given"); continue; }
    const digest = hex(await sha(given));
    intact[f.name] = digest === f.sha256;
    add("file", f.name, intact[f.name], intact[f.name] ? f.name + ": matches the manifest (sha256 " + f.sha256.slice(0, 16) + "…)" : f.name + ": does not match the manifest; it was changed or damaged (sha256 " + digest.slice(0, 16) + "…, expected " + f.sha256.slice(0, 16) + "…)");
  }

  const head = embedded.logHead;
  let headOk = false;
  const key = (embedded.keys || []).find((k) => k.keyId === (head && head.keyId));
  if (!head) add("signature", "head", false, "the release carries no signed log head");
  else if (!key) add("signature", "head", false, "no public key with the head's key id " + head.keyId);
  else {
    try {
      const der = Uint8Array.from(atob(key.publicKeyPem.replace(/-----[^-]+-----/g, "").replace(/\s+/g, "")), (c) => c.charCodeAt(0));
      const keyIdOk = hex(await sha(der)) === key.keyId;
      const publicKey = await subtle.importKey("spki", der, { name: "Ed25519" }, false, ["verify"]);
      const statement = utf8(jcs({ projectId: embedded.projectId, treeSize: head.treeSize, rootHash: head.rootHash, timestamp: head.timestamp }));
      const signature = Uint8Array.from(atob(head.signature), (c) => c.charCodeAt(0));
      headOk = keyIdOk && (await subtle.verify({ name: "Ed25519" }, publicKey, signature, statement));
      add("signature", "head", headOk, headOk
        ? "the log head (" + head.treeSize + " events, root " + head.rootHash.slice(0, 16) + "…, " + head.timestamp + ") is signed by key " + head.keyId.slice(0, 16) + "…"
        : "the log head's signature does not hold under key " + head.keyId.slice(0, 16) + "…");
    } catch (e) {
      add("signature", "head", false, "the log head's signature could not be checked: " + (e && e.message ? e.message : e));
    }
  }

  const proofs = files["log-proofs.jsonl"];
  const proved = new Set();
  if (proofs && intact["log-proofs.jsonl"] && head) {
    const lines = new TextDecoder().decode(proofs).split("\n").filter((l) => l.length > 0);
    for (const line of lines) {
      let entry;
      try { entry = JSON.parse(line); } catch { add("claim", "?", false, "a line of log-proofs.jsonl is not JSON"); continue; }
      const problems = [];
      for (const ev of entry.events || []) {
        const e = ev.event || {};
        if (e.seq !== ev.seq || ev.leafIndex !== ev.seq - 1 || e.projectId !== embedded.projectId) { problems.push("event " + ev.seq + " is mislabelled"); continue; }
        const leaf = await sha(concat(Uint8Array.of(0), utf8(jcs({ projectId: e.projectId, seq: e.seq, actorId: e.actorId, type: e.type, subjectType: e.subjectType, subjectId: e.subjectId, data: e.data, createdAt: e.createdAt }))));
        const root = await rootFromPath(ev.leafIndex, head.treeSize, leaf, ev.auditPath || []);
        if (root !== head.rootHash) problems.push("event " + ev.seq + " (" + e.type + ") is not in the signed log");
      }
      const ok = problems.length === 0 && (entry.events || []).length > 0 && headOk;
      if (ok) proved.add(entry.claimId);
      add("claim", entry.claimId, ok, ok
        ? "claim " + entry.claimId + ": " + entry.events.length + " event(s) of its history are in the signed log"
        : "claim " + entry.claimId + ": " + (problems.join("; ") || (headOk ? "no events" : "the head they are proved against is not validly signed")));
    }
  } else if (proofs) add("claim", "log-proofs.jsonl", false, "the proofs cannot be trusted: log-proofs.jsonl " + (head ? "does not match the manifest" : "has no head to check against"));
  else add("claim", "log-proofs.jsonl", false, "log-proofs.jsonl: not given, so no claim's history can be checked");

  const claims = files["claims.jsonl"];
  if (claims && intact["claims.jsonl"] && proofs && intact["log-proofs.jsonl"]) {
    const ids = new TextDecoder().decode(claims).split("\n").filter((l) => l.length > 0).map((l) => { try { return JSON.parse(l).id; } catch { return null; } });
    const missing = ids.filter((id) => !proved.has(id));
    add("coverage", "claims.jsonl", missing.length === 0, missing.length === 0
      ? "every one of the " + ids.length + " claims in claims.jsonl has its history proved"
      : missing.length + " claim(s) of claims.jsonl have no valid proof: " + missing.slice(0, 5).join(", "));
  }
  return { ok: checks.length > 0 && checks.every((c) => c.ok), checks };
}
`;
