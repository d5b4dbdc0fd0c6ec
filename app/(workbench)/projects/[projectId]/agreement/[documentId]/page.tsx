import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { can } from "@/lib/access/permissions";
import { documentAgreement } from "@/lib/agreement/document-agreement";
import { listClaimTypes } from "@/lib/claims/types/resolve-claim-type";
import { getDocument } from "@/lib/documents/get-document";
import { getEntityRefs } from "@/lib/entities/get-entity-refs";
import { AppError } from "@/lib/errors";
import { listMembers } from "@/lib/members/list-members";
import { Breadcrumbs } from "../../../../_components/breadcrumbs";
import { ProjectNav } from "../../_components/project-nav";
import { loadProject } from "../../_lib/load-project";
import { humanize } from "../../_claims/labels";
import { FieldDisagreements, SpanDisagreements } from "./_components/disagreements";
import { F1Chart } from "./_components/f1-chart";
import { FieldsTable } from "./_components/fields-table";
import { PairsTable } from "./_components/pairs-table";
import { agreementView, stringsIn } from "./_lib/agreement-view";
import { openedFrom } from "./_lib/disagreement-window";
import "./agreement.css";

type Params = Promise<{ projectId: string; documentId: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

export const metadata: Metadata = { title: "Agreement" };

async function documentOrNotFound(load: () => ReturnType<typeof getDocument>) {
  try {
    return await load();
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

export default async function AgreementPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { projectId, documentId } = await params;
  const opened = openedFrom(await searchParams);
  const base = `/projects/${projectId}/agreement/${documentId}`;
  const { access, project } = await loadProject(projectId, `/projects/${projectId}/agreement/${documentId}`);
  const document = await documentOrNotFound(() => getDocument(access, documentId));
  const crumbs = [{ label: "Projects", href: "/projects" }, { label: project.name, href: `/projects/${projectId}` }, { label: "Assignments", href: `/projects/${projectId}/assignments` }, { label: `Agreement: ${document.title}` }];
  const head = (
    <>
      <Breadcrumbs items={crumbs} />
      <div className="page-head">
        <h1>Agreement</h1>
        <p className="muted">
          <Link href={`/projects/${projectId}/documents/${documentId}`} dir="auto">
            {document.title}
          </Link>
        </p>
      </div>
      <ProjectNav projectId={projectId} current="assignments" memberCount={project.memberCount} />
    </>
  );
  if (!can(access.role, "agreement.read")) {
    return (
      <>
        {head}
        <p className="notice">The agreement report is for reviewers and owners.</p>
      </>
    );
  }
  const [report, members, types] = await Promise.all([documentAgreement(access, documentId), listMembers(access), listClaimTypes(projectId)]);
  const entities = await getEntityRefs(access, report.fields.flatMap((f) => f.disagreements.flatMap((d) => stringsIn(d.values))));
  const people = new Map(members.map((m) => [m.userId, m.name]));
  const typeNames = new Map(types.map((t) => [t.id, t.name]));
  const view = agreementView(report, {
    person: (id) => people.get(id) ?? "Former member",
    entity: (id) => entities[id]?.name,
    typeName: (id) => typeNames.get(id) ?? humanize(id),
  });
  return (
    <>
      {head}
      <section aria-labelledby="annotators-heading" className="agreement-section">
        <h2 id="annotators-heading">Annotators</h2>
        {report.annotators.length === 0 ? <p className="empty">Nobody is assigned to this document and nobody has annotated it.</p> : (
          <ul className="annotator-list">
            {report.annotators.map((a) => (
              <li key={a.userId}>
                <strong>{people.get(a.userId) ?? "Former member"}</strong> <span className="muted">· {a.spans} span{a.spans === 1 ? "" : "s"} · {a.submitted ? "submitted" : "not submitted yet"}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="spans-heading" className="agreement-section">
        <h2 id="spans-heading">Span agreement per pair</h2>
        <p className="muted small">Exact F1 counts spans with the same start and end; overlap F1 counts spans sharing any character (matched one to one).</p>
        {view.pairs.length === 0 ? <p className="empty">Agreement needs at least two annotators.</p> : (
          <>
            <F1Chart pairs={view.pairs.map((p) => ({ label: `${p.a} · ${p.b}`, exact: p.exactF1, overlap: p.overlapF1 }))} describedBy="pairs-table" />
            <PairsTable id="pairs-table" pairs={view.pairs} />
          </>
        )}
      </section>
      <section aria-labelledby="fields-heading" className="agreement-section">
        <h2 id="fields-heading">Claim fields: Krippendorff&apos;s alpha</h2>
        <p className="muted small">Claims are compared where they rest on the same words (overlapping evidence spans form one unit). α is 1 for full agreement and 0 for chance.</p>
        <FieldsTable fields={view.fields} />
      </section>
      <section aria-labelledby="curate-heading" className="agreement-section">
        <h2 id="curate-heading">Disagreements to settle</h2>
        <h3>Spans only one annotator marked</h3>
        <SpanDisagreements pairs={view.pairs} opened={opened} base={base} />
        <h3>Field values that differ</h3>
        <FieldDisagreements fields={view.fields} opened={opened} base={base} />
      </section>
    </>
  );
}
