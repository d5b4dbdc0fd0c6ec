// verify.html: one self-contained page shipped in every release. It carries the release's manifest
// (file names and sha256s), its signed log head and the deployment's public keys, and runs the
// checks of verify-core-js.ts on the files a reader drops on it: no network, works from a file.
import type { EmbeddedRelease } from "./check-release";
import { VERIFY_CORE_JS } from "./verify-core-js";

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

/** JSON that cannot end the script element it sits in. */
const scriptJson = (v: unknown) => JSON.stringify(v).replace(/</g, "\\u003c");

const STYLE = `
  :root { color-scheme: light; font: 15px/1.5 system-ui, sans-serif; color: #1d2329; background: #f6f7f8; }
  main { max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
  h1 { font-size: 1.4rem; margin: 0 0 .25rem; } h2 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
  .drop { border: 2px dashed #7a8691; border-radius: 8px; padding: 1.5rem; background: #fff; text-align: center; }
  .drop.over { border-color: #1f5fa8; background: #eef4fb; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0; }
  dt { color: #4a5560; } dd { margin: 0; font-family: ui-monospace, monospace; overflow-wrap: anywhere; }
  ul.results { list-style: none; padding: 0; margin: 0; }
  ul.results li { padding: .35rem .6rem; border-left: 4px solid; margin: .25rem 0; background: #fff; overflow-wrap: anywhere; }
  ul.results li.pass { border-color: #2e7d32; } ul.results li.fail { border-color: #b3261e; background: #fdf0ef; }
  #summary { font-weight: 600; padding: .6rem; border-radius: 6px; }
  #summary.pass { background: #e6f4ea; color: #1e5d24; } #summary.fail { background: #fdecea; color: #8c1d18; }
`;

export function verifyPageHtml(embedded: EmbeddedRelease): string {
  const r = embedded.release;
  const head = embedded.logHead;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'">
<title>Check release: ${escapeHtml(r.name)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Check this release: ${escapeHtml(r.name)}</h1>
<p>Release <code>${escapeHtml(r.id)}</code> of project <code>${escapeHtml(embedded.projectId)}</code>, made ${escapeHtml(r.createdAt)}.
This page works offline: nothing you give it leaves your computer.</p>
<h2>1. Give it the release's files</h2>
<div class="drop" id="drop">
  <p>Drop the release's files here (${embedded.files.map((f) => escapeHtml(f.name)).join(", ")}), or choose them:</p>
  <label for="files">Release files</label> <input type="file" id="files" multiple>
</div>
<h2>2. Read the result</h2>
<p id="summary" role="status" aria-live="polite">No files given yet.</p>
<ul class="results" id="results" aria-label="Checks"></ul>
<h2>What was signed</h2>
<dl>
  <dt>Events in the log</dt><dd>${head ? head.treeSize : "none"}</dd>
  <dt>Root hash</dt><dd>${head ? escapeHtml(head.rootHash) : "none"}</dd>
  <dt>Signed at</dt><dd>${head ? escapeHtml(head.timestamp) : "none"}</dd>
  <dt>Key id</dt><dd>${head ? escapeHtml(head.keyId) : "none"}</dd>
  ${head?.tsaTimestamp ? `<dt>Timestamped</dt><dd>${escapeHtml(head.tsaTimestamp.genTime)} by ${escapeHtml(head.tsaTimestamp.tsa)} (RFC 3161; <code>npm run verify-release</code> checks the token)</dd>` : ""}
</dl>
<p>To be sure this page itself is genuine, compare the key id above with the keys the workbench publishes at
<code>/api/v1/log/keys</code>, or with the key id the publisher printed elsewhere.</p>
</main>
<script type="application/json" id="release">${scriptJson(embedded)}</script>
<script>
${VERIFY_CORE_JS}
(function () {
  const embedded = JSON.parse(document.getElementById("release").textContent);
  const given = {};
  const summary = document.getElementById("summary");
  const results = document.getElementById("results");
  async function run() {
    summary.className = "";
    summary.textContent = "Checking…";
    const report = await checkRelease(embedded, given, crypto.subtle);
    results.replaceChildren(...report.checks.map((c) => {
      const li = document.createElement("li");
      li.className = c.ok ? "pass" : "fail";
      li.dataset.kind = c.kind;
      li.textContent = (c.ok ? "✓ " : "✗ ") + c.message;
      return li;
    }));
    const failed = report.checks.filter((c) => !c.ok).length;
    summary.className = report.ok ? "pass" : "fail";
    summary.textContent = report.ok ? "Every check passed (" + report.checks.length + ")." : failed + " of " + report.checks.length + " checks failed.";
  }
  async function take(list) {
    for (const file of Array.from(list)) given[file.name] = new Uint8Array(await file.arrayBuffer());
    await run();
  }
  const drop = document.getElementById("drop");
  document.getElementById("files").addEventListener("change", (e) => take(e.target.files));
  drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => { e.preventDefault(); drop.classList.remove("over"); take(e.dataTransfer.files); });
})();
</script>
</body>
</html>
`;
}
