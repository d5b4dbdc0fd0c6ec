import type { Metadata } from "next";
import { can } from "@/lib/access/permissions";
import { listFilterOptions } from "@/lib/exports/list-filter-options";
import { Breadcrumbs } from "../../../../_components/breadcrumbs";
import { ProjectNav } from "../../_components/project-nav";
import { loadProject } from "../../_lib/load-project";
import { ImportAnnotationsForm } from "./_components/import-annotations-form";

type Params = Promise<{ projectId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { projectId } = await params;
  const { project } = await loadProject(projectId, `/projects/${projectId}/annotations/import`);
  return { title: `Import annotations · ${project.name}` };
}

export default async function ImportAnnotationsPage({ params }: { params: Params }) {
  const { projectId } = await params;
  const { access, project } = await loadProject(projectId, `/projects/${projectId}/annotations/import`);
  const { documents } = await listFilterOptions(access);
  return (
    <>
      <Breadcrumbs items={[{ label: "Projects", href: "/projects" }, { label: project.name, href: `/projects/${projectId}` }, { label: "Import annotations" }]} />
      <div className="page-head">
        <h1 id="import-heading">Import annotations</h1>
        <p className="muted">W3C Web Annotation JSON-LD or Hypothesis JSON, placed by their quotes</p>
      </div>
      <ProjectNav projectId={projectId} current="export" memberCount={project.memberCount} />
      <div className="page-grid">
        <div className="page-primary">
          {can(access.role, "annotation.create") ? (
            <ImportAnnotationsForm projectId={projectId} documents={documents} />
          ) : (
            <p className="notice">Your role (viewer) reads only; annotators and above can import annotations.</p>
          )}
        </div>
        <aside className="page-side panel" aria-labelledby="import-about">
          <h2 id="import-about">How annotations are placed</h2>
          <p className="small">
            Each target goes on the document whose address matches its <code>source</code> (this workbench&apos;s document URL, or the URL the
            document was captured from), or on the document you choose. It is placed where its quote (TextQuoteSelector, with its prefix and
            suffix) occurs, on the newest version.
          </p>
          <p className="small">Nothing is guessed: a quote that is missing or occurs more than once is reported, not placed.</p>
        </aside>
      </div>
    </>
  );
}
