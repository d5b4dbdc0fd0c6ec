import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";
import { ZCompareReleases } from "@/lib/exports/schemas";
import { compareReleases } from "@/lib/releases/compare-releases";
import { Breadcrumbs } from "../../../../_components/breadcrumbs";
import { ProjectNav } from "../../_components/project-nav";
import { loadProject } from "../../_lib/load-project";
import "../../export/_components/export.css";
import { ClaimChanges } from "../_components/claim-changes";

type Params = Promise<{ projectId: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { projectId } = await params;
  const { project } = await loadProject(projectId, `/projects/${projectId}/releases`);
  return { title: `Compare releases · ${project.name}` };
}

export default async function CompareReleasesPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { projectId } = await params;
  const { access, project } = await loadProject(projectId, `/projects/${projectId}/releases`);
  const parsed = ZCompareReleases.safeParse(await searchParams);
  if (!parsed.success) notFound();
  const diff = await compareReleases(access, parsed.data.base, parsed.data.head).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const { totals } = diff;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: "Projects", href: "/projects" },
          { label: project.name, href: `/projects/${projectId}` },
          { label: "Releases", href: `/projects/${projectId}/releases` },
          { label: "Compare" },
        ]}
      />
      <div className="page-head">
        <h1>
          {diff.base.name} → {diff.head.name}
        </h1>
        <p className="muted">
          {totals.added} added, {totals.removed} removed, {totals.changed} changed, {totals.unchanged} unchanged
        </p>
      </div>
      <ProjectNav projectId={projectId} current="export" memberCount={project.memberCount} />
      <div className="stack">
        <ClaimChanges title="Added" items={diff.added} total={totals.added} />
        <ClaimChanges title="Removed" items={diff.removed} total={totals.removed} />
        <ClaimChanges title="Changed" items={diff.changed} total={totals.changed} />
        <p>
          <Link href={`/projects/${projectId}/releases`}>Back to releases</Link>
        </p>
      </div>
    </>
  );
}
