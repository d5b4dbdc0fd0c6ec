import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/access/permissions";
import { listOrphans } from "@/lib/annotations/list-orphans";
import { getDocument } from "@/lib/documents/get-document";
import { getUserNames } from "@/lib/users/get-user-names";
import { Breadcrumbs } from "../../../../../_components/breadcrumbs";
import { loadLineage } from "../../../_lib/load-lineage";
import { OrphanQueue } from "./_components/orphan-queue";
import { orphanViews } from "./_lib/orphan-views";

type Params = Promise<{ projectId: string; documentId: string }>;

const pathOf = (projectId: string, documentId: string) => `/projects/${projectId}/documents/${documentId}/orphans`;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { projectId, documentId } = await params;
  const { document } = await loadLineage(projectId, documentId, pathOf(projectId, documentId));
  return { title: `Orphan queue · ${document.title}` };
}

export default async function OrphansPage({ params }: { params: Params }) {
  const { projectId, documentId } = await params;
  const { access, document, project, versions, newest } = await loadLineage(projectId, documentId, pathOf(projectId, documentId));
  const [newestText, orphans] = await Promise.all([
    newest.id === document.id ? document.text : getDocument(access, newest.id).then((d) => d.text),
    listOrphans(access, document.lineageId),
  ]);
  const textUrl = `/api/v1/documents/${encodeURIComponent(newest.id)}/text`;
  const names = await getUserNames(orphans.map((o) => o.createdBy));
  const views = orphanViews(orphans, { newest: { id: newest.id, text: newestText ?? "" }, versionOf: new Map(versions.map((v) => [v.id, v.version])), names });
  const base = `/projects/${projectId}/documents`;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: "Projects", href: "/projects" },
          { label: project.name, href: `/projects/${projectId}` },
          { label: document.title, href: `${base}/${documentId}` },
          { label: "Orphan queue" },
        ]}
      />
      <div className="page-head">
        <h1>Orphan queue</h1>
        <p className="muted" dir="auto">
          {newest.title}
        </p>
      </div>
      <p className="lead">
        Annotations that re-anchoring could not place with certainty on the newest text (version {newest.version}). Re-attach each to a
        suggested place or to words you select, or retire it.
      </p>
      <p className="small">
        <Link href={`${base}/${newest.id}`}>Read version {newest.version}</Link>
        {" · "}
        <Link href={`${base}/${documentId}/versions`}>All versions ({versions.length})</Link>
      </p>
      <OrphanQueue
        orphans={views}
        text={{ url: textUrl, length: newest.length, sha256: newest.sha256 }}
        language={newest.language}
        newestVersion={newest.version}
        canResolve={can(access.role, "annotation.create")}
      />
    </>
  );
}
