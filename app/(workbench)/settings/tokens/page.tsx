import type { Metadata } from "next";
import { env } from "@/lib/env.js";
import { listApiTokens } from "@/lib/tokens/list-api-tokens";
import { Breadcrumbs } from "../../_components/breadcrumbs";
import { requireUser } from "../../_lib/require-user";
import { CreateTokenForm } from "./_components/create-token-form";
import { TokensTable } from "./_components/tokens-table";

export const metadata: Metadata = { title: "API tokens" };

export default async function TokensPage() {
  const user = await requireUser("/settings/tokens");
  const tokens = await listApiTokens({ userId: user.id });
  const rows = tokens.map((t) => ({
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
  }));
  const origin = (env().NEXTAUTH_URL ?? "").replace(/\/$/, "");
  return (
    <>
      <Breadcrumbs items={[{ label: "Settings" }, { label: "API tokens" }]} />
      <div className="page-head">
        <h1>API tokens</h1>
      </div>
      <p className="lead">
        Scripts (Python, R, curl) call the API with a token instead of your password. A token acts as you in every project you
        belong to; revoke it when a script no longer needs it.
      </p>
      <pre className="code-sample">curl -H &quot;Authorization: Bearer pwb_…&quot; {origin}/api/v1/projects</pre>
      <div className="stack">
        <section aria-labelledby="new-token-heading" className="panel">
          <h2 id="new-token-heading">New token</h2>
          <CreateTokenForm />
        </section>
        <section aria-labelledby="token-list-heading">
          <h2 id="token-list-heading">Your tokens</h2>
          <TokensTable tokens={rows} />
        </section>
      </div>
    </>
  );
}
