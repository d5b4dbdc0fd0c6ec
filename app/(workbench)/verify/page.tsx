// How to check a release, in plain words, for a reader who does not program: open the release's
// verify.html, give it the files, read the result. Public: no sign-in needed.
import type { Metadata } from "next";

export const metadata: Metadata = { title: "How to check a release" };

export default function VerifyHelpPage() {
  return (
    <div className="prose-page">
      <h1>How to check a release</h1>
      <p className="lead">
        A release is a dataset that a research team published from this workbench. You can check, on your own computer and without trusting us, that
        its files are exactly what the team released and that the history behind every claim in it (who wrote it, who reviewed it, and when) was
        recorded in the project&apos;s log and never rewritten.
      </p>
      <h2>What you need</h2>
      <p>The release&apos;s files, as the team published them. Among them is a page called <code>verify.html</code>. You do not need to install anything, and you do not need to be online.</p>
      <h2>Four steps</h2>
      <ol className="steps">
        <li>Put all the release&apos;s files in one folder on your computer.</li>
        <li>
          Open <code>verify.html</code> in a current web browser (Chrome, Edge, Firefox or Safari): double-click it. It opens from your disk; nothing
          you give it leaves your computer.
        </li>
        <li>Drag the other files onto the page, or press &ldquo;Choose files&rdquo; and select them all.</li>
        <li>
          Read the result. A green line says &ldquo;Every check passed&rdquo;. Otherwise each red line names what failed: a file that was changed or
          damaged (by name), a signature that does not hold, or a claim whose history is not in the signed log.
        </li>
      </ol>
      <h2>What the page checks</h2>
      <ul>
        <li>
          <strong>The files.</strong> Each file has a fingerprint (a SHA-256 hash) listed in the release. Changing even one letter of a file changes
          its fingerprint, so the page names any file that is not exactly as released.
        </li>
        <li>
          <strong>The signature.</strong> When the release was made, the workbench signed a short summary of the project&apos;s whole log (how many
          events, and one fingerprint of all of them). The page checks that signature with the workbench&apos;s public key.
        </li>
        <li>
          <strong>Every claim&apos;s history.</strong> For each claim, the release includes its events (created, edited, reviewed) and a short proof
          that each event is part of the signed log. The page recomputes each proof. A forged or removed event cannot pass.
        </li>
      </ul>
      <h2>One thing to compare by hand</h2>
      <p>
        The page shows the <strong>key id</strong> that signed the log. To be sure the page itself comes from the team, compare that key id with one
        you got another way: the team&apos;s website or report, or the workbench&apos;s list of keys at <code>/api/v1/log/keys</code>. If they match,
        the checks above mean what they say.
      </p>
      <h2>For the technically minded</h2>
      <p>
        The log is a Merkle tree as in Certificate Transparency (RFC 9162). The same checks run from a shell with <code>npm run verify-release -- &lt;folder&gt;</code>.
        Anyone who kept an earlier signed head of a project can ask for a consistency proof (<code>GET /api/v1/projects/&lt;id&gt;/log/consistency?from=&amp;to=</code>)
        showing that the log only grew since, so two people holding different copies can tell whether one of them was forked.
      </p>
    </div>
  );
}
