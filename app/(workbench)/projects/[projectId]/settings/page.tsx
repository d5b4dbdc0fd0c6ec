import type { Metadata } from "next";
import { can } from "@/lib/access/permissions";
import { Breadcrumbs } from "../../../_components/breadcrumbs";
import { ProjectNav } from "../_components/project-nav";
import { loadProject } from "../_lib/load-project";
import { BackupPanel } from "./_components/backup-panel";
import { SettingsForm } from "./_components/settings-form";
import "./settings.css";

type Params = Promise<{ projectId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { projectId } = await params;
  const { project } = await loadProject(projectId, `/projects/${projectId}/settings`);
  return { title: `Settings · ${project.name}` };
}

export default async function SettingsPage({ params }: { params: Params }) {
  const { projectId } = await params;
  const { access, project } = await loadProject(projectId, `/projects/${projectId}/settings`);
  const { requiredApprovals, blindAnnotation } = project.settings;
  return (
    <>
      <Breadcrumbs items={[{ label: "Projects", href: "/projects" }, { label: project.name, href: `/projects/${projectId}` }, { label: "Settings" }]} />
      <div className="page-head">
        <h1>Settings</h1>
        <p className="muted">{project.name}</p>
      </div>
      <ProjectNav projectId={projectId} current="settings" memberCount={project.memberCount} />
      <section aria-labelledby="settings-heading" className="panel settings-panel">
        <h2 id="settings-heading">Project settings</h2>
        {can(access.role, "project.update") ? (
          <SettingsForm projectId={projectId} values={{ name: project.name, description: project.description, requiredApprovals, blindAnnotation }} />
        ) : (
          <>
            <p className="muted">Only owners change these settings.</p>
            <dl className="settings-list">
              <div>
                <dt>Name</dt>
                <dd dir="auto">{project.name}</dd>
              </div>
              <div>
                <dt>Description</dt>
                <dd dir="auto">{project.description ?? <span className="muted">None</span>}</dd>
              </div>
              <div>
                <dt>Approvals required</dt>
                <dd>
                  {requiredApprovals}{" "}
                  <span className="muted">
                    {requiredApprovals === 1 ? "— one reviewer other than the author approves a claim" : "— different reviewers must approve the same version of a claim"}
                  </span>
                </dd>
              </div>
              <div>
                <dt>Blind double annotation</dt>
                <dd>
                  {blindAnnotation ? "On" : "Off"}{" "}
                  <span className="muted">
                    {blindAnnotation
                      ? "— assigned annotators see only their own annotations until every assignee has submitted"
                      : "— everyone sees all annotations as they are made"}
                  </span>
                </dd>
              </div>
            </dl>
          </>
        )}
      </section>
      {can(access.role, "project.backup") ? <BackupPanel projectId={projectId} /> : null}
    </>
  );
}
