import type { Metadata } from "next";
import { ZCompareQuery } from "@/lib/claims/compare-query";
import { listClaimTypes } from "@/lib/claims/types/resolve-claim-type";
import { listCompareSubjects } from "@/lib/compare/list-compare-subjects";
import { loadCompareGroups } from "@/lib/compare/load-compare-groups";
import { Breadcrumbs } from "../../../_components/breadcrumbs";
import { typeLabeller } from "../_claims/labels";
import { ProjectNav } from "../_components/project-nav";
import { loadProject } from "../_lib/load-project";
import "../_claims/claims.css";
import { CompareFilters } from "./_components/compare-filters";
import { CompareGroup, SHOWN_PER_GROUP } from "./_components/compare-group";

type Params = Promise<{ projectId: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { projectId } = await params;
  const { project } = await loadProject(projectId, `/projects/${projectId}/compare`);
  return { title: `Compare · ${project.name}` };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export default async function ComparePage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { projectId } = await params;
  const sp = await searchParams;
  const { access, project } = await loadProject(projectId, `/projects/${projectId}/compare`);
  const parsed = ZCompareQuery.safeParse({ type: one(sp.type), entityId: one(sp.subject), status: one(sp.status) });
  const query = parsed.success ? parsed.data : ZCompareQuery.parse({});
  // All three at once: a type the project lacks has no claims, and its (empty) answers are dropped.
  const [types, allSubjects, allGroups] = await Promise.all([listClaimTypes(projectId), listCompareSubjects(access, query.type), loadCompareGroups(access, query, SHOWN_PER_GROUP)]);
  const type = types.find((t) => (t.builtIn ? t.id : t.name) === query.type);
  const [subjects, groups] = type ? [allSubjects, allGroups] : [[], []];
  const typeLabel = typeLabeller(types);
  const claimCount = groups.reduce((n, g) => n + g.total, 0);
  return (
    <>
      <Breadcrumbs items={[{ label: "Projects", href: "/projects" }, { label: project.name, href: `/projects/${projectId}` }, { label: "Compare" }]} />
      <div className="page-head">
        <h1>Compare claims</h1>
        <p className="muted">What each source says about the same thing, and how many independent origins stand behind it</p>
      </div>
      <ProjectNav projectId={projectId} current="compare" memberCount={project.memberCount} />
      <div className="stack">
        <CompareFilters
          values={{ type: query.type, subject: query.entityId ?? "", status: query.status ?? "" }}
          types={types.map((t) => ({ value: t.builtIn ? t.id : t.name, label: typeLabel(t.builtIn ? t.id : t.name) }))}
          subjects={subjects}
        />
        {!parsed.success || !type ? <p className="form-message form-message-error">That choice was not understood; pick a claim type and subject above.</p> : null}
        <p className="muted small" aria-live="polite">
          {claimCount} {claimCount === 1 ? "claim" : "claims"} in {groups.length} {groups.length === 1 ? "group" : "groups"}. Each origin is a claim&apos;s asserting entity, after merges.
        </p>
        {groups.length === 0 && type ? <p className="empty">No {typeLabel(query.type).toLowerCase()} claims match.</p> : null}
        {groups.map((g, i) => (
          <CompareGroup key={g.subject?.id ?? "none"} projectId={projectId} index={i} group={g} type={query.type} typeLabel={typeLabel(query.type)} countField={type?.countField} countLabel={type?.countLabel ?? "Count"} />
        ))}
      </div>
    </>
  );
}
