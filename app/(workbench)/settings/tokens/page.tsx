import type { Metadata } from "next";
import { env } from "@/lib/env.js";
import { listProjects } from "@/lib/projects/list-projects";
import { listApiTokens } from "@/lib/tokens/list-api-tokens";
import { Breadcrumbs } from "../../_components/breadcrumbs";
import { requireUser } from "../../_lib/require-user";
import { CreateTokenForm } from "./_components/create-token-form";
import { TokensTable } from "./_components/tokens-table";
import "./_components/tokens.css";

export const metadata: Metadata = { title: "API tokens" };

export default async function TokensPage() {
  const user = await requireUser("/settings/tokens");
  const [tokens, { items: projects }] = await Promise.all([listApiTokens({ userId: user.id }), listProjects({ userId: user.id, query: { limit: 500 } })]);
  const rows = tokens.map((t) => ({
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    projectIds: t.projectIds,
    readOnly: t.readOnly,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
  }));
  const options = projects.map((p) => ({ id: p.id, name: p.name }));
  const origin = (env().NEXTAUTH_URL ?? "").replace(/\/$/, "");
  return (
    <>
      <Breadcrumbs items={[{ label: "Settings" }, { label: "API tokens" }]} />
      <div className="page-head">
        <h1>API tokens</h1>
      </div>
      <p className="lead">
        Scripts (Python, R, curl) call the API with a token instead of your password. A token acts as you, within your role in each project; limit
        it to the projects a script needs, make it read-only when the script only reads, and revoke it when the script is done. The API is
        described in <a href="/api/v1/openapi.json">its OpenAPI document</a>.
      </p>
      <pre className="code-sample">curl -H &quot;Authorization: Bearer pwb_…&quot; {origin}/api/v1/projects</pre>
      <div className="stack">
        <section aria-labelledby="new-token-heading" className="panel">
          <h2 id="new-token-heading">New token</h2>
          <CreateTokenForm projects={options} />
        </section>
        <section aria-labelledby="token-list-heading">
          <TokensTable tokens={rows} projects={options} />
        </section>
      </div>
    </>
  );
}
