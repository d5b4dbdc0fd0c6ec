// The reader page: the document and every annotation on it, loaded on the server through the
// document gate (only under the project it belongs to), handed to the client reader in compact
// form. The role decides which controls show; the API still checks every change.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { preload } from "react-dom";
import { listAnnotationSpans } from "@/lib/annotations/list-annotation-spans";
import { packSpanTable } from "@/lib/annotations/packed-span-table";
import { getCaptureCustody } from "@/lib/capture/view/get-capture-custody";
import { listEvidenceClaims } from "@/lib/claims/list-evidence-claims";
import { formClaimTypes } from "@/lib/claims/types/form-fields";
import { listProjectClaimTypes } from "@/lib/claims/types/list-project-claim-types";
import { listEntityNames } from "@/lib/entities/list-entity-names";
import { listRejectedSpans } from "@/lib/suggestions/list-rejected-spans";
import { getDocument } from "@/lib/documents/get-document";
import { findDocumentLayout } from "@/lib/documents/get-document-layout";
import { getMemberProject } from "@/lib/projects/get-member-project";
import type { ProjectAccess } from "@/lib/access/authorize-project";
import { packLayout } from "@/lib/pdf-view/packed-layout";
import { pdfMainPath, pdfWorkerPath } from "@/lib/pdf-view/pdf-worker-file";
import { can } from "@/lib/access/permissions";
import { getUserName } from "@/lib/users/get-user-name";
import { textOpening } from "@/lib/reader";
import { Breadcrumbs } from "../../../../_components/breadcrumbs";
import { documentAccess } from "../../../../_lib/page-access";
import { sessionUserId } from "../../../../_lib/require-user";
import { CapturePanel } from "./_components/capture-panel";
import { EarlyPdfWorker } from "./_components/early-pdf-worker";
import { MetadataPanel } from "./_components/metadata-panel";
import { Reader, type ReaderProps } from "./_components/reader";
import { ReaderText } from "./_components/reader-text";

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

/** The gate: the document's project must be this page's; the project is read beside it (members only). */
const loadAccess = cache(async (projectId: string, documentId: string) => {
  const userId = await sessionUserId();
  const [access, project] = await Promise.all([
    documentAccess(documentId, `/projects/${projectId}/documents/${documentId}`),
    userId ? getMemberProject(userId, projectId) : null,
  ]);
  if (access.projectId !== projectId || !project) notFound();
  return { access, project };
});

/** The document, through the document gate, and only under the project it belongs to. */
const loadDocument = cache(async (projectId: string, documentId: string) => {
  const { access } = await loadAccess(projectId, documentId);
  return getDocument(access, documentId);
});

/** What the page shows beside the text that depends on the document row itself. */
async function loadDocumentParts(access: ProjectAccess, projectId: string, documentId: string) {
  const document = await loadDocument(projectId, documentId);
  const [addedBy, layout] = await Promise.all([
    getUserName(document.createdBy),
    document.artifact?.mediaType === "application/pdf" ? findDocumentLayout(access, documentId) : null,
  ]);
  return { document, addedBy, layout };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { projectId, documentId } = await params;
  const document = await loadDocument(projectId, documentId);
  return { title: document.title };
}

export default async function DocumentPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { projectId, documentId } = await params;
  const search = await searchParams;
  const { access, project } = await loadAccess(projectId, documentId);
  // Everything the page needs starts at once, once the gate has let the user in.
  const [{ document, addedBy, layout }, table, customTypes, entities, evidenceClaims, rejectedSpans, capture] = await Promise.all([
    loadDocumentParts(access, projectId, documentId),
    listAnnotationSpans(access, documentId),
    listProjectClaimTypes(access),
    listEntityNames(access),
    listEvidenceClaims(access, documentId),
    listRejectedSpans(access, documentId),
    getCaptureCustody(access, documentId),
  ]);
  const claimTypes = formClaimTypes(customTypes);
  const pdfFile = `/api/v1/documents/${encodeURIComponent(documentId)}/artifact`;
  // The page view fetches the original at once: the browser starts the download with the page.
  if (layout) preload(pdfFile, { as: "fetch", crossOrigin: "use-credentials" });
  // A long text travels beside the page, not inside it: the server renders its opening, the
  // browser fetches the whole from <head> on. A PDF's text does too: its pages and highlights draw
  // from the layout and the spans, and only what needs the words (OCR'd pages, a selection turned
  // into a span, the text view) waits for it.
  const opening = layout ? null : textOpening(document.text ?? "");
  const textUrl = `/api/v1/documents/${encodeURIComponent(documentId)}/text`;
  if (opening || layout) preload(textUrl, { as: "fetch", crossOrigin: "use-credentials" });
  const reader: Omit<ReaderProps, "text"> = {
    documentId,
    language: document.language,
    table: packSpanTable(table),
    me: access.userId,
    role: access.role,
    source: (
      <>
        {capture ? <CapturePanel view={capture} documentId={documentId} /> : null}
        <MetadataPanel document={document} addedBy={addedBy} />
      </>
    ),
    focus: focusSpan(search, document.length),
    projectId,
    claimTypes,
    entities,
    evidenceClaims,
    rejectedSpans,
    publisher: document.publisher ?? null,
    pdf: layout ? { layout: packLayout(layout), file: pdfFile, worker: pdfWorkerPath } : undefined,
    pages: document.pages ?? undefined,
    page: layout ? pageParam(search, layout.pages.length) : undefined,
  };
  return (
    <div className="rd-page">
      {/* pdf.js's worker and main module start with the page, and the file opens as soon as the reader's code has arrived. */}
      {layout ? <EarlyPdfWorker workerUrl={pdfWorkerPath} fileUrl={pdfFile} mainUrl={pdfMainPath} /> : null}
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
      {opening ? (
        <ReaderText {...reader} opening={opening} textUrl={textUrl} sha256={document.sha256} />
      ) : layout ? (
        <Reader {...reader} text="" lateText={{ url: textUrl, length: document.length, sha256: document.sha256 }} />
      ) : (
        <Reader {...reader} text={document.text ?? ""} />
      )}
    </div>
  );
}
