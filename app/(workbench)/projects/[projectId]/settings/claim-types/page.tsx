import type { Metadata } from "next";
import { can } from "@/lib/access/permissions";
import { BUILTIN_TYPES } from "@/lib/claims/types/builtin";
import { listProjectClaimTypes } from "@/lib/claims/types/list-project-claim-types";
import { getUserNames } from "@/lib/users/get-user-names";
import { Breadcrumbs } from "../../../../_components/breadcrumbs";
import { ProjectNav } from "../../_components/project-nav";
import { loadProject } from "../../_lib/load-project";
import "../../_claims/claims.css";
import { BuiltinTypes } from "./_components/builtin-types";
import { ClaimTypeForm } from "./_components/claim-type-form";
import { ProjectTypes } from "./_components/project-types";

type Params = Promise<{ projectId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { projectId } = await params;
  const { project } = await loadProject(projectId, `/projects/${projectId}/settings/claim-types`);
  return { title: `Claim types · ${project.name}` };
}

export default async function ClaimTypesPage({ params }: { params: Params }) {
  const { projectId } = await params;
  const { access, project } = await loadProject(projectId, `/projects/${projectId}/settings/claim-types`);
  const own = await listProjectClaimTypes(access);
  const names = await getUserNames(own.map((t) => t.createdBy));
  const manage = can(access.role, "claim_type.manage");
  return (
    <>
      <Breadcrumbs items={[{ label: "Projects", href: "/projects" }, { label: project.name, href: `/projects/${projectId}` }, { label: "Claim types" }]} />
      <div className="page-head">
        <h1>Claim types</h1>
        <p className="muted">The shapes a claim can take; each is a JSON Schema clients can validate against</p>
      </div>
      <ProjectNav projectId={projectId} current="claim-types" memberCount={project.memberCount} />
      <div className="page-grid page-grid-wide-side">
        <div className="page-primary">
          <section aria-labelledby="own-types-heading">
            <h2 id="own-types-heading">This project&apos;s types ({own.length})</h2>
            <ProjectTypes types={own.map((t) => ({ ...t, createdBy: names.get(t.createdBy) ?? "a former member" }))} />
          </section>
          <section aria-labelledby="builtin-heading">
            <h2 id="builtin-heading">Built-in types</h2>
            <BuiltinTypes types={Object.values(BUILTIN_TYPES)} />
          </section>
        </div>
        {manage ? (
          <aside aria-labelledby="new-type-heading" className="page-side panel">
            <h2 id="new-type-heading">Add a claim type</h2>
            <ClaimTypeForm projectId={projectId} />
          </aside>
        ) : (
          <aside className="page-side panel" aria-label="Who can add types">
            <p className="muted">Only project owners add claim types. You are a {access.role}.</p>
          </aside>
        )}
      </div>
    </>
  );
}
