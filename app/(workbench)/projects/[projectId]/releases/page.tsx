import type { Metadata } from "next";
import Link from "next/link";
import { formatBytes } from "@/lib/documents/import-file";
import { listReleases } from "@/lib/releases/list-releases";
import { Breadcrumbs } from "../../../_components/breadcrumbs";
import { ProjectNav } from "../_components/project-nav";
import { loadProject } from "../_lib/load-project";
import "../export/_components/export.css";
import { CompareForm } from "./_components/compare-form";
import { ReleaseFiles } from "./_components/release-files";

type Params = Promise<{ projectId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { projectId } = await params;
  const { project } = await loadProject(projectId, `/projects/${projectId}/releases`);
  return { title: `Releases · ${project.name}` };
}

export default async function ReleasesPage({ params }: { params: Params }) {
  const { projectId } = await params;
  const { access, project } = await loadProject(projectId, `/projects/${projectId}/releases`);
  const releases = (await listReleases(access, { limit: 500 })).items.reverse();
  return (
    <>
      <Breadcrumbs items={[{ label: "Projects", href: "/projects" }, { label: project.name, href: `/projects/${projectId}` }, { label: "Releases" }]} />
      <div className="page-head">
        <h1>Releases</h1>
        <p className="muted">Frozen datasets: their files and hashes never change</p>
      </div>
      <ProjectNav projectId={projectId} current="export" memberCount={project.memberCount} />
      <div className="stack">
        {releases.length >= 2 ? (
          <section aria-labelledby="compare-heading" className="panel">
            <h2 id="compare-heading">Compare two releases</h2>
            <CompareForm projectId={projectId} releases={releases} />
          </section>
        ) : null}
        {releases.length === 0 ? (
          <p className="empty">
            No releases yet. Reviewers and owners make one on the <Link href={`/projects/${projectId}/export`}>export page</Link>.
          </p>
        ) : (
          releases.map((r) => (
            <section key={r.id} aria-labelledby={`release-${r.id}`} className="panel">
              <h2 id={`release-${r.id}`}>{r.name}</h2>
              <p className="muted small">
                {new Date(r.createdAt).toUTCString()} · {r.counts.claims ?? 0} claims, {r.counts.rows ?? 0} evidence rows, {r.counts.documents ?? 0} documents ·{" "}
                {formatBytes(r.files.reduce((n, f) => n + f.bytes, 0))} · id <code>{r.id}</code>
              </p>
              <ReleaseFiles release={r} />
            </section>
          ))
        )}
      </div>
    </>
  );
}
