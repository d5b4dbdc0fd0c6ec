import type { Metadata } from "next";
import Link from "next/link";
import type { ProjectAccess } from "@/lib/access/authorize-project";
import { can } from "@/lib/access/permissions";
import { describeClaims } from "@/lib/claims/describe-claims";
import { listClaims } from "@/lib/claims/list-claims";
import { listClaimTypes } from "@/lib/claims/types/resolve-claim-type";
import { countEntityClaims } from "@/lib/entities/count-entity-claims";
import { getEntity } from "@/lib/entities/get-entity";
import { listEntities } from "@/lib/entities/list-entities";
import { AppError } from "@/lib/errors";
import { getUserNames } from "@/lib/users/get-user-names";
import { Breadcrumbs } from "../../../../_components/breadcrumbs";
import { ENTITY_KIND_LABELS, typeLabeller } from "../../_claims/labels";
import { ProjectNav } from "../../_components/project-nav";
import "../../_claims/claims.css";
import { EntityClaimsTable } from "./_components/entity-claims-table";
import { entityClaimRows } from "./_lib/entity-claim-rows";
import { EntityFacts } from "./_components/entity-facts";
import { MergeHistory } from "./_components/merge-history";
import { MergePanel } from "./_components/merge-panel";
import { loadEntity } from "./_lib/load-entity";

type Params = Promise<{ projectId: string; entityId: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { projectId, entityId } = await params;
  const { entity } = await loadEntity(projectId, entityId);
  return { title: entity.name };
}

/** Claims per page: an entity named by thousands of claims pages through them with a cursor, as the
 * claims list does, rather than drawing (and sending) hundreds of rows at once. */
const LIMIT = 100;

/** One page of the claims naming the entity; a cursor this page did not give out reads as the first page, not as a server error. */
async function claimsPage(access: ProjectAccess, entityId: string, cursor: string | undefined) {
  try {
    return { claims: await listClaims(access, { entityId, limit: LIMIT, cursor }), cursor };
  } catch (error) {
    if (!(cursor && error instanceof AppError && error.code === "invalid_input")) throw error;
    return { claims: await listClaims(access, { entityId, limit: LIMIT }), cursor: undefined };
  }
}

export default async function EntityPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { projectId, entityId } = await params;
  const sp = await searchParams;
  const same = String(sp.same ?? "").trim().slice(0, 200);
  const { access, project, entity } = await loadEntity(projectId, entityId);
  const sameIds = [entity.id, ...entity.merged.map((m) => m.id)];
  const canMerge = can(access.role, "entity.merge") && !entity.mergedIntoId;
  const [{ claims, cursor }, types, judges, survivor, found] = await Promise.all([
    claimsPage(access, entity.id, String(sp.cursor ?? "").trim() || undefined),
    listClaimTypes(projectId),
    getUserNames(entity.merges.map((m) => m.judgedBy)),
    entity.mergedIntoId ? getEntity(access, entity.mergedIntoId) : null,
    canMerge && same ? listEntities(access, { q: same, kind: entity.kind, limit: 20 }) : null,
  ]);
  const described = await describeClaims(access, claims.items);
  const others = found ? found.items.filter((e) => e.id !== entity.id) : null;
  const counts = others ? await countEntityClaims(access, others.map((e) => e.id)) : new Map<string, number>();
  const mergedNames = new Map(entity.merged.map((m) => [m.id, m.name]));
  const next = claims.nextCursor ? `?${new URLSearchParams({ ...(same ? { same } : {}), cursor: claims.nextCursor })}` : null;
  return (
    <>
      <Breadcrumbs
        items={[{ label: "Projects", href: "/projects" }, { label: project.name, href: `/projects/${projectId}` }, { label: "Entities", href: `/projects/${projectId}/entities` }, { label: entity.name }]}
      />
      <div className="page-head">
        <h1 dir="auto">{entity.name}</h1>
        <p className="muted">{ENTITY_KIND_LABELS[entity.kind] ?? entity.kind}</p>
      </div>
      <ProjectNav projectId={projectId} current="entities" memberCount={project.memberCount} />
      {survivor ? (
        <p className="notice" role="note">
          Judged the same as{" "}
          <Link href={`/projects/${projectId}/entities/${survivor.id}`} dir="auto">
            {survivor.name}
          </Link>
          , which now stands for both; its page lists every claim.
        </p>
      ) : null}
      <div className="entity-panels">
        <EntityFacts entity={entity} canEvaluate={can(access.role, "source.evaluate") && !entity.mergedIntoId} />
        <section aria-labelledby="merges-heading" className="panel">
          <h2 id="merges-heading">Judged the same</h2>
          <MergeHistory
            projectId={projectId}
            merges={entity.merges.map((m) => ({ ...m, mergedName: mergedNames.get(m.mergedId) ?? m.mergedId, judgedBy: judges.get(m.judgedBy) ?? "a former member" }))}
          />
        </section>
        {canMerge ? (
          <MergePanel
            projectId={projectId}
            entity={entity}
            query={same}
            candidates={others ? others.map((e) => ({ id: e.id, name: e.name, aliases: e.aliases, claims: counts.get(e.id) ?? 0 })) : null}
          />
        ) : null}
      </div>
      <section aria-labelledby="claims-heading">
        <h2 id="claims-heading">
          Claims about or by <span dir="auto">{entity.name}</span> ({claims.items.length}
          {claims.nextCursor ? "+" : ""}
          {cursor ? " on this page" : ""})
        </h2>
        {claims.items.length ? (
          <EntityClaimsTable projectId={projectId} rows={entityClaimRows(claims.items, described, sameIds, typeLabeller(types))} />
        ) : (
          <p className="empty">No claim names this entity yet.</p>
        )}
        {next || cursor ? (
          <p className="muted small">
            {next ? <Link href={next}>Next {LIMIT} →</Link> : null} {cursor ? <Link href={`/projects/${projectId}/entities/${entity.id}`}>First page</Link> : null} ·{" "}
            <Link href={`/projects/${projectId}/claims?entity=${entity.id}`}>All claims naming this entity, with filters</Link>
          </p>
        ) : null}
        <p className="muted small">Reliability letters (A–F) judge sources; credibility (1–6) judges a claim, once reviewers have judged it. The two are kept apart.</p>
      </section>
    </>
  );
}
