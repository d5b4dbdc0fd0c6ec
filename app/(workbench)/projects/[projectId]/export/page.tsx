import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/access/permissions";
import { exportFormatInfos } from "@/lib/exports/formats";
import { listFilterOptions } from "@/lib/exports/list-filter-options";
import { Breadcrumbs } from "../../../_components/breadcrumbs";
import { ProjectNav } from "../_components/project-nav";
import { loadProject } from "../_lib/load-project";
import { ExportForm } from "./_components/export-form";

type Params = Promise<{ projectId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { projectId } = await params;
  const { project } = await loadProject(projectId, `/projects/${projectId}/export`);
  return { title: `Export · ${project.name}` };
}

export default async function ExportPage({ params }: { params: Params }) {
  const { projectId } = await params;
  const { access, project } = await loadProject(projectId, `/projects/${projectId}/export`);
  const options = await listFilterOptions(access);
  return (
    <>
      <Breadcrumbs items={[{ label: "Projects", href: "/projects" }, { label: project.name, href: `/projects/${projectId}` }, { label: "Export" }]} />
      <div className="page-head">
        <h1 id="export-heading">Export the dataset</h1>
        <p className="muted">Vetted claims with their exact evidence, attribution and reviews</p>
      </div>
      <ProjectNav projectId={projectId} current="export" memberCount={project.memberCount} />
      <div className="page-grid">
        <div className="page-primary">
          <ExportForm projectId={projectId} formats={exportFormatInfos()} options={options} canRelease={can(access.role, "release.create")} />
        </div>
        <aside className="page-side panel" aria-labelledby="export-about">
          <h2 id="export-about">About the files</h2>
          <p className="small">
            Quotes come with offsets in UTF-16 code units (JavaScript, this API) and in code points (Python, R): <code>text[start:end]</code>{" "}
            in Python gives the quote from <code>start_code_point</code>.
          </p>
          <p className="small">Every export is recorded in the project&apos;s event log: who, which filter, which format, how many claims.</p>
          <p className="small">
            <Link href={`/projects/${projectId}/releases`}>Releases</Link> · <Link href={`/projects/${projectId}/annotations/import`}>Import annotations</Link>
          </p>
          {options.truncated ? <p className="muted small">Only the first 500 documents and entities are listed; the API takes any.</p> : null}
        </aside>
      </div>
    </>
  );
}
