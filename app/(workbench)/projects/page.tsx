import type { Metadata } from "next";
import Link from "next/link";
import { formatNumber } from "@/app/_lib/format";
import { listProjects } from "@/lib/projects/list-projects";
import { Breadcrumbs } from "../_components/breadcrumbs";
import { requireUser } from "../_lib/require-user";
import { NewProjectForm } from "./_components/new-project-form";
import { RestoreBackupForm } from "./_components/restore-backup-form";

export const metadata: Metadata = { title: "Projects" };

const LIMIT = 500;

export default async function ProjectsPage() {
  const user = await requireUser("/projects");
  const { items, nextCursor } = await listProjects({ userId: user.id, query: { limit: LIMIT } });
  return (
    <>
      <Breadcrumbs items={[{ label: "Projects" }]} />
      <div className="page-grid">
        <section aria-labelledby="projects-heading" className="page-primary">
          <h1 id="projects-heading">Your projects</h1>
          {items.length === 0 ? (
            <p className="empty">You are not a member of any project yet. Start one, or ask an owner to add you.</p>
          ) : (
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Project</th>
                  <th scope="col">Your role</th>
                  <th scope="col" className="num">Documents</th>
                  <th scope="col" className="num">Members</th>
                </tr>
              </thead>
              <tbody>
                {items.map((p) => (
                  <tr key={p.id}>
                    <td>
                      <Link href={`/projects/${p.id}`} className="row-title">
                        {p.name}
                      </Link>
                      {p.description ? <p className="row-sub">{p.description}</p> : null}
                    </td>
                    <td>
                      <span className={`role role-${p.role}`}>{p.role}</span>
                    </td>
                    <td className="num">{formatNumber(p.documentCount)}</td>
                    <td className="num">{formatNumber(p.memberCount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {nextCursor ? <p className="muted">Showing the first {LIMIT} projects.</p> : null}
        </section>
        <div className="page-side stack">
          <section aria-labelledby="new-project-heading" className="panel">
            <h2 id="new-project-heading">New project</h2>
            <NewProjectForm />
          </section>
          <section aria-labelledby="restore-heading" className="panel">
            <h2 id="restore-heading">Restore from backup</h2>
            <RestoreBackupForm />
          </section>
        </div>
      </div>
    </>
  );
}
