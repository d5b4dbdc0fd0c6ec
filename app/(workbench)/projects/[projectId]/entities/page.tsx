import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/access/permissions";
import { countEntityClaims } from "@/lib/entities/count-entity-claims";
import { listEntities } from "@/lib/entities/list-entities";
import { ZEntityQuery } from "@/lib/entities/schemas";
import { Breadcrumbs } from "../../../_components/breadcrumbs";
import { ProjectNav } from "../_components/project-nav";
import { loadProject } from "../_lib/load-project";
import "../_claims/claims.css";
import { CreateEntityForm } from "./_components/create-entity-form";
import { EntitiesTable } from "./_components/entities-table";
import { EntitySearch } from "./_components/entity-search";

type Params = Promise<{ projectId: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { projectId } = await params;
  const { project } = await loadProject(projectId, `/projects/${projectId}/entities`);
  return { title: `Entities · ${project.name}` };
}

const LIMIT = 100;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export default async function EntitiesPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { projectId } = await params;
  const sp = await searchParams;
  const { access, project } = await loadProject(projectId, `/projects/${projectId}/entities`);
  const parsed = ZEntityQuery.safeParse({ q: one(sp.q), kind: one(sp.kind), cursor: one(sp.cursor), limit: LIMIT });
  const query = parsed.success ? parsed.data : { limit: LIMIT };
  const entities = await listEntities(access, query);
  const counts = await countEntityClaims(access, entities.items.map((e) => e.id));
  const filtered = Boolean(query.q || query.kind);
  const next = entities.nextCursor ? `?${new URLSearchParams({ ...(query.q ? { q: query.q } : {}), ...(query.kind ? { kind: query.kind } : {}), cursor: entities.nextCursor })}` : null;
  return (
    <>
      <Breadcrumbs items={[{ label: "Projects", href: "/projects" }, { label: project.name, href: `/projects/${projectId}` }, { label: "Entities" }]} />
      <div className="page-head">
        <h1>Entities</h1>
        <p className="muted">People, organisations, places and events that claims name</p>
      </div>
      <ProjectNav projectId={projectId} current="entities" memberCount={project.memberCount} />
      <div className="page-grid">
        <section aria-labelledby="entity-list-heading" className="page-primary">
          <h2 id="entity-list-heading" className="visually-hidden">
            Entity list
          </h2>
          <EntitySearch projectId={projectId} q={query.q ?? ""} kind={query.kind ?? ""} />
          {!parsed.success ? <p className="form-message form-message-error">That search was not understood; showing all entities.</p> : null}
          {entities.items.length ? (
            <EntitiesTable projectId={projectId} entities={entities.items} claimCounts={counts} />
          ) : (
            <p className="empty">{filtered ? "No entity matches this search." : "No entities yet."}</p>
          )}
          <p className="muted small" aria-live="polite">
            {entities.items.length} {entities.items.length === 1 ? "entity" : "entities"}
            {filtered ? (entities.items.length === 1 ? " matches" : " match") : ""}
            {query.cursor ? " on this page" : ""}.{" "}
            {next ? <Link href={next}>Next {LIMIT} →</Link> : null}
          </p>
        </section>
        {can(access.role, "entity.create") ? (
          <aside aria-labelledby="create-entity-heading" className="page-side panel">
            <h2 id="create-entity-heading">Add an entity</h2>
            <CreateEntityForm projectId={projectId} />
          </aside>
        ) : null}
      </div>
    </>
  );
}
