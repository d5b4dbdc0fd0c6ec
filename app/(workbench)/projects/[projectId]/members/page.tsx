import type { Metadata } from "next";
import { can } from "@/lib/access/permissions";
import { listMembers } from "@/lib/members/list-members";
import { Breadcrumbs } from "../../../_components/breadcrumbs";
import { ProjectNav } from "../_components/project-nav";
import { loadProject } from "../_lib/load-project";
import { AddMemberForm } from "./_components/add-member-form";
import { MembersTable } from "./_components/members-table";

type Params = Promise<{ projectId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { projectId } = await params;
  const { project } = await loadProject(projectId, `/projects/${projectId}/members`);
  return { title: `Members · ${project.name}` };
}

export default async function MembersPage({ params }: { params: Params }) {
  const { projectId } = await params;
  const { access, project } = await loadProject(projectId, `/projects/${projectId}/members`);
  const members = await listMembers(access);
  const manage = can(access.role, "member.manage");
  return (
    <>
      <Breadcrumbs
        items={[{ label: "Projects", href: "/projects" }, { label: project.name, href: `/projects/${projectId}` }, { label: "Members" }]}
      />
      <div className="page-head">
        <h1>Members</h1>
        <p className="muted">{project.name}</p>
      </div>
      <ProjectNav projectId={projectId} current="members" memberCount={project.memberCount} />
      <div className="page-grid">
        <section aria-labelledby="member-list-heading" className="page-primary">
          <h2 id="member-list-heading">People in this project</h2>
          {manage ? null : <p className="muted">Only owners can add, change or remove members.</p>}
          <MembersTable projectId={projectId} members={members} currentUserId={access.userId} manage={manage} />
          <p className="muted small">
            Viewers read; annotators also add documents, annotations and claims; reviewers also review others&apos; claims; owners
            also manage members.
          </p>
        </section>
        {manage ? (
          <aside aria-labelledby="add-member-heading" className="page-side panel">
            <h2 id="add-member-heading">Add a member</h2>
            <AddMemberForm projectId={projectId} />
          </aside>
        ) : null}
      </div>
    </>
  );
}
