import type { Metadata } from "next";
import Link from "next/link";
import { sourceKindInfos } from "@/lib/sources/kinds";
import { Breadcrumbs } from "../../../_components/breadcrumbs";
import { SourceUploads } from "../_import/source-uploads";
import { CaptureForm } from "./_components/capture-form";
import { ImportForm } from "./_components/import-form";
import { ImportNotes } from "./_components/import-notes";
import { importAccess } from "./_lib/import-access";

type Params = Promise<{ projectId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { projectId } = await params;
  const { project } = await importAccess(projectId);
  return { title: `Import a document · ${project.name}` };
}

export default async function ImportPage({ params }: { params: Params }) {
  const { projectId } = await params;
  const { project, role, allowed, needs } = await importAccess(projectId);
  return (
    <>
      <Breadcrumbs items={[{ label: "Projects", href: "/projects" }, { label: project.name, href: `/projects/${projectId}` }, { label: "Import" }]} />
      <div className="page-head">
        <h1>Import a document</h1>
        <p className="muted">{project.name}</p>
      </div>
      {allowed ? (
        <div className="import-grid">
          <div className="import-sources">
            <section className="panel" aria-label="Upload files">
              <SourceUploads projectId={projectId} kinds={sourceKindInfos()} />
            </section>
            <section className="panel" aria-label="Capture a web page">
              <CaptureForm projectId={projectId} />
            </section>
            <section className="panel" aria-label="Import form">
              <ImportForm projectId={projectId} />
            </section>
          </div>
          <ImportNotes />
        </div>
      ) : (
        <div className="notice" role="note">
          <p>
            <strong>Your role cannot import documents.</strong> You are a <span className={`role role-${role}`}>{role}</span> in this project;
            importing needs {needs} or above. Ask a project owner to change your role.
          </p>
          <p>
            <Link href={`/projects/${projectId}`}>Back to {project.name}</Link>
          </p>
        </div>
      )}
    </>
  );
}
