// The project's signed log head: how many events the signed Merkle tree holds, its root and the key
// that signed it. Someone who notes these can later ask for a consistency proof that the log only grew.
import Link from "next/link";
import type { SignedHead } from "@/lib/log/read-head";

export function LogHeadPanel({ projectId, head }: { projectId: string; head: SignedHead }) {
  return (
    <section aria-labelledby="log-head-heading" className="panel">
      <h2 id="log-head-heading">Signed log</h2>
      <dl className="log-head" data-testid="log-head">
        <dt>Events</dt>
        <dd>{head.treeSize.toLocaleString("en")}</dd>
        <dt>Root hash</dt>
        <dd>
          <code title={head.rootHash}>{head.rootHash}</code>
        </dd>
        <dt>Signed</dt>
        <dd>
          <time dateTime={head.timestamp}>{head.timestamp.replace("T", " ").replace(/\.\d+Z$/, " UTC")}</time>
        </dd>
        <dt>Key id</dt>
        <dd>
          <code title={head.keyId}>{head.keyId.slice(0, 16)}…</code>
        </dd>
      </dl>
      <p className="small">
        Every change in this project is in this signed log. <Link href="/verify">How to check a release</Link> ·{" "}
        <a href={`/api/v1/projects/${projectId}/log/head`}>head as JSON</a>
      </p>
    </section>
  );
}
