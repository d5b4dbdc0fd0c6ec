import type { Metadata } from "next";
import Link from "next/link";
import { describeClaims } from "@/lib/claims/describe-claims";
import { listClaims } from "@/lib/claims/list-claims";
import { ZClaimQuery } from "@/lib/claims/schemas";
import { listClaimTypes } from "@/lib/claims/types/resolve-claim-type";
import { listDocumentChoices } from "@/lib/documents/list-document-choices";
import { listEntityChoices } from "@/lib/entities/list-entity-choices";
import { AppError } from "@/lib/errors";
import { Breadcrumbs } from "../../../_components/breadcrumbs";
import { typeLabeller } from "../_claims/labels";
import { ProjectNav } from "../_components/project-nav";
import { loadProject } from "../_lib/load-project";
import "../_claims/claims.css";
import { ClaimFilters, type FilterValues } from "./_components/claim-filters";
import { ClaimsTable } from "./_components/claims-table";
import { claimRows } from "./_lib/claim-rows";

type Params = Promise<{ projectId: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { projectId } = await params;
  const { project } = await loadProject(projectId, `/projects/${projectId}/claims`);
  return { title: `Claims · ${project.name}` };
}

const LIMIT = 100;

/** A cursor this list did not give out reads as "filters not understood", not as a server error. */
function badInput(error: unknown): null {
  if (error instanceof AppError && error.code === "invalid_input") return null;
  throw error;
}
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function ClaimsPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { projectId } = await params;
  const sp = await searchParams;
  const { access, project } = await loadProject(projectId, `/projects/${projectId}/claims`);
  const values: FilterValues = { status: one(sp.status), type: one(sp.type), document: one(sp.document), entity: one(sp.entity) };
  const cursor = one(sp.cursor);
  const parsed = ZClaimQuery.safeParse({
    ...(values.status ? { status: values.status } : {}),
    ...(values.type ? { type: values.type } : {}),
    ...(values.document ? { documentId: values.document } : {}),
    ...(values.entity ? { entityId: values.entity } : {}),
    ...(cursor ? { cursor } : {}),
    limit: LIMIT,
  });
  const [claims, types, documents, entities] = await Promise.all([
    parsed.success ? listClaims(access, parsed.data).catch(badInput) : null,
    listClaimTypes(projectId),
    listDocumentChoices(access, 500),
    listEntityChoices(access, 500),
  ]);
  const described = claims ? await describeClaims(access, claims.items) : null;
  const typeLabel = typeLabeller(types);
  const next = claims?.nextCursor ? `?${new URLSearchParams({ ...Object.fromEntries(Object.entries(values).filter(([, v]) => v)), cursor: claims.nextCursor })}` : null;
  return (
    <>
      <Breadcrumbs items={[{ label: "Projects", href: "/projects" }, { label: project.name, href: `/projects/${projectId}` }, { label: "Claims" }]} />
      <div className="page-head">
        <h1>Claims</h1>
        <p className="muted">Every structured statement drawn from the sources, with who asserts it</p>
      </div>
      <ProjectNav projectId={projectId} current="claims" memberCount={project.memberCount} />
      <div className="stack">
        <ClaimFilters
          projectId={projectId}
          values={values}
          types={types.map((t) => ({ value: t.builtIn ? t.id : t.name, label: typeLabel(t.builtIn ? t.id : t.name) }))}
          documents={documents.map((d) => ({ id: d.id, title: d.title }))}
          entities={entities}
        />
        <section aria-labelledby="claims-heading">
          <h2 id="claims-heading">
            {claims ? `${claims.items.length}${claims.nextCursor ? "+" : ""} ${claims.items.length === 1 ? "claim" : "claims"}` : "Claims"}
            {cursor ? " on this page" : ""}
          </h2>
          {!claims || !described ? (
            <p className="form-message form-message-error">These filters were not understood. <Link href={`/projects/${projectId}/claims`}>Show all claims</Link></p>
          ) : claims.items.length ? (
            <ClaimsTable projectId={projectId} rows={claimRows(claims.items, described, typeLabel)} />
          ) : (
            <p className="empty">No claims{Object.values(values).some(Boolean) ? " match these filters" : " yet. Claims are made in the document reader, from marked passages"}.</p>
          )}
          {next ? (
            <p>
              <Link href={next}>Next {LIMIT} →</Link>
            </p>
          ) : null}
        </section>
      </div>
    </>
  );
}
