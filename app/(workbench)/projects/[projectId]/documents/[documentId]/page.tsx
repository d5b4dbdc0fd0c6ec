// The reader page: the document and every annotation on it, loaded on the server through the
// document gate (only under the project it belongs to), handed to the client reader in compact
// form. The role decides which controls show; the API still checks every change.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { preload } from "react-dom";
import { listAnnotationSpans } from "@/lib/annotations/list-annotation-spans";
import { getCaptureCustody } from "@/lib/capture/view/get-capture-custody";
import { listEvidenceClaims } from "@/lib/claims/list-evidence-claims";
import { formClaimTypes } from "@/lib/claims/types/form-fields";
import { listProjectClaimTypes } from "@/lib/claims/types/list-project-claim-types";
import { listEntityNames } from "@/lib/entities/list-entity-names";
import { listRejectedSpans } from "@/lib/suggestions/list-rejected-spans";
import { getDocument } from "@/lib/documents/get-document";
import { findDocumentLayout } from "@/lib/documents/get-document-layout";
import { packLayout } from "@/lib/pdf-view/packed-layout";
import { getProject } from "@/lib/projects/get-project";
import { can } from "@/lib/access/permissions";
import { getUserName } from "@/lib/users/get-user-name";
import { Breadcrumbs } from "../../../../_components/breadcrumbs";
import { documentAccess } from "../../../../_lib/page-access";
import { CapturePanel } from "./_components/capture-panel";
import { MetadataPanel } from "./_components/metadata-panel";
import { Reader } from "./_components/reader";

type Params = Promise<{ projectId: string; documentId: string }>;
type Search = Promise<{ start?: string; end?: string; page?: string }>;

/** `?start=&end=` when they name a span inside the text. */
function focusSpan(search: { start?: string; end?: string }, length: number) {
  const start = Number(search.start);
  const end = Number(search.end);
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= length ? { start, end } : undefined;
}

/** `?page=N` when N is a page number of the source. */
function pageParam(search: { page?: string }, pages: number): number | undefined {
  const n = Number(search.page);
  return Number.isInteger(n) && n >= 1 && n <= pages ? n : undefined;
}

/** The document, through the document gate, and only under the project it belongs to. */
const loadDocument = cache(async (projectId: string, documentId: string) => {
  const access = await documentAccess(documentId, `/projects/${projectId}/documents/${documentId}`);
  if (access.projectId !== projectId) notFound();
  const [document, project] = await Promise.all([getDocument(access, documentId), getProject(access)]);
  return { access, document, project };
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { projectId, documentId } = await params;
  const { document } = await loadDocument(projectId, documentId);
  return { title: document.title };
}

export default async function DocumentPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { projectId, documentId } = await params;
  const search = await searchParams;
  const { access, document, project } = await loadDocument(projectId, documentId);
  const [addedBy, table, customTypes, entities, evidenceClaims, rejectedSpans, capture, layout] = await Promise.all([
    getUserName(document.createdBy),
    listAnnotationSpans(access, documentId),
    listProjectClaimTypes(access),
    listEntityNames(access),
    listEvidenceClaims(access, documentId),
    listRejectedSpans(access, documentId),
    getCaptureCustody(access, documentId),
    document.artifact?.mediaType === "application/pdf" ? findDocumentLayout(access, documentId) : null,
  ]);
  const claimTypes = formClaimTypes(customTypes);
  const pdfFile = `/api/v1/documents/${encodeURIComponent(documentId)}/artifact`;
  // The page view fetches the original at once: the browser starts the download with the page.
  if (layout) preload(pdfFile, { as: "fetch", crossOrigin: "use-credentials" });
  return (
    <div className="rd-page">
      <Breadcrumbs
        items={[{ label: "Projects", href: "/projects" }, { label: project.name, href: `/projects/${projectId}` }, { label: document.title }]}
      />
      <div className="page-head">
        <h1 dir="auto">{document.title}</h1>
        <nav aria-label="This source" className="page-actions small">
          <span>Version {document.version}</span> · <Link href={`/projects/${projectId}/documents/${documentId}/versions`}>Versions</Link> ·{" "}
          {document.artifact && can(access.role, "document.create") ? (
            <>
              <Link href={`/projects/${projectId}/documents/${documentId}/versions#new-edition`}>Upload a new edition</Link> ·{" "}
            </>
          ) : null}
          <Link href={`/projects/${projectId}/documents/${documentId}/orphans`}>Orphan queue</Link> ·{" "}
          <Link href={`/projects/${projectId}/claims?documentId=${documentId}`}>Claims</Link>
        </nav>
      </div>
      <Reader
        documentId={documentId}
        text={document.text ?? ""}
        language={document.language}
        table={table}
        me={access.userId}
        role={access.role}
        source={
          <>
            {capture ? <CapturePanel view={capture} documentId={documentId} /> : null}
            <MetadataPanel document={document} addedBy={addedBy} />
          </>
        }
        focus={focusSpan(search, document.length)}
        projectId={projectId}
        claimTypes={claimTypes}
        entities={entities}
        evidenceClaims={evidenceClaims}
        rejectedSpans={rejectedSpans}
        publisher={document.publisher ?? null}
        pdf={layout ? { layout: packLayout(layout), file: pdfFile } : undefined}
        pages={document.pages ?? undefined}
        page={layout ? pageParam(search, layout.pages.length) : undefined}
      />
    </div>
  );
}
