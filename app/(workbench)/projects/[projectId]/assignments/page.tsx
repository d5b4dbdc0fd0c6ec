import type { Metadata } from "next";
import { can } from "@/lib/access/permissions";
import { listAssignments } from "@/lib/assignments/list-assignments";
import { listDocuments } from "@/lib/documents/list-documents";
import { listMembers } from "@/lib/members/list-members";
import { Breadcrumbs } from "../../../_components/breadcrumbs";
import { ProjectNav } from "../_components/project-nav";
import { loadProject } from "../_lib/load-project";
import { AllAssignments } from "./_components/all-assignments";
import { AssignForm } from "./_components/assign-form";
import { MyQueue } from "./_components/my-queue";
import { byDocument } from "./_lib/assignment-view";
import "./assignments.css";

type Params = Promise<{ projectId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { projectId } = await params;
  const { project } = await loadProject(projectId, `/projects/${projectId}/assignments`);
  return { title: `Assignments · ${project.name}` };
}

export default async function AssignmentsPage({ params }: { params: Params }) {
  const { projectId } = await params;
  const { access, project } = await loadProject(projectId, `/projects/${projectId}/assignments`);
  const seeAll = can(access.role, "assignment.read_all");
  const manage = can(access.role, "assignment.manage");
  const [mine, all, members, documents] = await Promise.all([
    listAssignments(access, { userId: access.userId }),
    seeAll ? listAssignments(access) : Promise.resolve([]),
    listMembers(access),
    manage ? listDocuments(access, { limit: 500 }) : Promise.resolve({ items: [] }),
  ]);
  const names = new Map(members.map((m) => [m.userId, m.name]));
  const newest = new Map<string, { id: string; title: string; version: number }>();
  for (const d of documents.items) if ((newest.get(d.lineageId)?.version ?? 0) < d.version) newest.set(d.lineageId, d);
  // Annotators always see their queue; reviewers and owners only when something is assigned to them.
  const showMine = mine.length > 0 || (can(access.role, "annotation.create") && !seeAll);
  return (
    <>
      <Breadcrumbs items={[{ label: "Projects", href: "/projects" }, { label: project.name, href: `/projects/${projectId}` }, { label: "Assignments" }]} />
      <div className="page-head">
        <h1>Assignments</h1>
        <p className="muted">Who works through which document{project.settings.blindAnnotation ? " · blind double annotation is on" : ""}</p>
      </div>
      <ProjectNav projectId={projectId} current="assignments" memberCount={project.memberCount} />
      <div className={manage ? "page-grid" : undefined}>
        <div className="page-primary">
          {showMine ? (
            <section aria-labelledby="my-queue-heading">
              <h2 id="my-queue-heading">My queue</h2>
              <MyQueue projectId={projectId} items={mine} blind={project.settings.blindAnnotation} />
            </section>
          ) : null}
          {seeAll ? (
            <section aria-labelledby="all-heading">
              <h2 id="all-heading">Everyone&apos;s progress</h2>
              <AllAssignments projectId={projectId} groups={byDocument(all)} names={names} />
            </section>
          ) : (
            <p className="muted small">Owners assign documents; reviewers and owners see everyone&apos;s progress.</p>
          )}
        </div>
        {manage ? (
          <aside aria-labelledby="assign-heading" className="page-side panel">
            <h2 id="assign-heading">Assign a document</h2>
            <AssignForm
              projectId={projectId}
              documents={[...newest.values()].map((d) => ({ id: d.id, title: d.title }))}
              people={members.filter((m) => can(m.role, "annotation.create")).map((m) => ({ id: m.userId, name: m.name, role: m.role }))}
            />
          </aside>
        ) : null}
      </div>
    </>
  );
}
