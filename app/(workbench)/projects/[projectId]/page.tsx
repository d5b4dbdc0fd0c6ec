import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/access/permissions";
import { countDocuments } from "@/lib/documents/count-documents";
import { listDocuments } from "@/lib/documents/list-documents";
import { readHead } from "@/lib/log/read-head";
import { listMembers } from "@/lib/members/list-members";
import { Breadcrumbs } from "../../_components/breadcrumbs";
import { AddDocumentForm } from "./_components/add-document-form";
import { DocumentsTable } from "./_components/documents-table";
import { documentRows } from "./_lib/document-rows";
import { LogHeadPanel } from "./_components/log-head-panel";
import { ProjectNav } from "./_components/project-nav";
import { loadProject } from "./_lib/load-project";

type Params = Promise<{ projectId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { projectId } = await params;
  const { project } = await loadProject(projectId, `/projects/${projectId}`);
  return { title: project.name };
}

const LIMIT = 500;

export default async function ProjectPage({ params }: { params: Params }) {
  const { projectId } = await params;
  const { access, project } = await loadProject(projectId, `/projects/${projectId}`);
  const [documents, documentCount, members, head] = await Promise.all([
    listDocuments(access, { limit: LIMIT }),
    countDocuments(access),
    listMembers(access),
    readHead(access.projectId),
  ]);
  return (
    <>
      <Breadcrumbs items={[{ label: "Projects", href: "/projects" }, { label: project.name }]} />
      <div className="page-head">
        <h1>{project.name}</h1>
        <p className="muted">
          Your role: <span className={`role role-${access.role}`}>{access.role}</span>
        </p>
      </div>
      {project.description ? <p className="lead">{project.description}</p> : null}
      <ProjectNav projectId={projectId} current="overview" memberCount={project.memberCount} />
      <div className="page-grid">
        <div className="page-primary">
          <section aria-labelledby="documents-heading">
            <h2 id="documents-heading">Documents ({documentCount})</h2>
            <DocumentsTable projectId={projectId} documents={documentRows(documents.items)} />
            {documents.nextCursor ? <p className="muted">Showing the first {LIMIT} documents.</p> : null}
          </section>
          {can(access.role, "document.create") ? (
            <section aria-labelledby="add-document-heading" className="panel">
              <h2 id="add-document-heading">Add a document</h2>
              <p className="small">
                Or <Link href={`/projects/${projectId}/import`}>import a file</Link> (.txt, .md, .html, with progress for large files).
              </p>
              <AddDocumentForm projectId={projectId} />
            </section>
          ) : null}
        </div>
        <div className="page-side stack">
        <aside aria-labelledby="members-heading" className="panel">
          <h2 id="members-heading">Members</h2>
          <ul className="member-list">
            {members.map((m) => (
              <li key={m.userId}>
                <span>{m.name}</span>
                <span className={`role role-${m.role}`}>{m.role}</span>
              </li>
            ))}
          </ul>
          <p>
            <Link href={`/projects/${projectId}/members`}>{can(access.role, "member.manage") ? "Manage members" : "All members"}</Link>
          </p>
        </aside>
        <LogHeadPanel projectId={projectId} head={head} />
        </div>
      </div>
    </>
  );
}
