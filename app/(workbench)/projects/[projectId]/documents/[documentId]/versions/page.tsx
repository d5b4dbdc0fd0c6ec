import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/access/permissions";
import { listOrphans } from "@/lib/annotations/list-orphans";
import { getUserNames } from "@/lib/users/get-user-names";
import { Breadcrumbs } from "../../../../../_components/breadcrumbs";
import { loadLineage } from "../../../_lib/load-lineage";
import { NewEditionForm } from "./_components/new-edition-form";
import { NewVersionForm } from "./_components/new-version-form";
import { VersionsTable } from "./_components/versions-table";

type Params = Promise<{ projectId: string; documentId: string }>;

const pathOf = (projectId: string, documentId: string) => `/projects/${projectId}/documents/${documentId}/versions`;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { projectId, documentId } = await params;
  const { document } = await loadLineage(projectId, documentId, pathOf(projectId, documentId));
  return { title: `Versions · ${document.title}` };
}

export default async function VersionsPage({ params }: { params: Params }) {
  const { projectId, documentId } = await params;
  const { access, document, project, versions, newest } = await loadLineage(projectId, documentId, pathOf(projectId, documentId));
  const [names, orphans] = await Promise.all([getUserNames(versions.map((v) => v.createdBy)), listOrphans(access, document.lineageId)]);
  const base = `/projects/${projectId}/documents`;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: "Projects", href: "/projects" },
          { label: project.name, href: `/projects/${projectId}` },
          { label: document.title, href: `${base}/${documentId}` },
          { label: "Versions" },
        ]}
      />
      <div className="page-head">
        <h1>Versions</h1>
        <p className="muted" dir="auto">
          {newest.title}
        </p>
      </div>
      <div className="stack versions-page">
        <section aria-labelledby="versions-heading">
          <h2 id="versions-heading">Every version of this source ({versions.length})</h2>
          <VersionsTable projectId={projectId} versions={versions.map((v) => ({ ...v, addedBy: names.get(v.createdBy) ?? null }))} current={documentId} />
          <p className="small">
            {orphans.length > 0 ? (
              <Link href={`${base}/${newest.id}/orphans`}>
                Orphan queue: {orphans.length} annotation{orphans.length === 1 ? "" : "s"} waiting for a decision
              </Link>
            ) : (
              <span className="muted">No annotation of this source is waiting in the orphan queue.</span>
            )}
          </p>
        </section>
        {can(access.role, "document.create") ? (
          <section className="panel" id="new-edition" aria-labelledby="new-edition-heading">
            <h2 id="new-edition-heading">Upload a new edition as version {newest.version + 1}</h2>
            <NewEditionForm projectId={projectId} newestId={newest.id} newestVersion={newest.version} />
          </section>
        ) : null}
        {can(access.role, "document.create") ? (
          <section className="panel" aria-labelledby="new-version-heading">
            <h2 id="new-version-heading">Import a corrected text as version {newest.version + 1}</h2>
            <NewVersionForm projectId={projectId} newestId={newest.id} newestVersion={newest.version} />
          </section>
        ) : (
          <p className="notice">Your role ({access.role}) cannot import new versions; annotators and above can.</p>
        )}
      </div>
    </>
  );
}
