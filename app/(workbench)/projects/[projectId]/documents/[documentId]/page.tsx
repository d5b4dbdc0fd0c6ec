import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDocument } from "@/lib/documents/get-document";
import { getProject } from "@/lib/projects/get-project";
import { getUserName } from "@/lib/users/get-user-name";
import { Breadcrumbs } from "../../../../_components/breadcrumbs";
import { documentAccess } from "../../../../_lib/page-access";
import { DocumentText } from "./_components/document-text";
import { MetadataPanel } from "./_components/metadata-panel";

type Params = Promise<{ projectId: string; documentId: string }>;

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

export default async function DocumentPage({ params }: { params: Params }) {
  const { projectId, documentId } = await params;
  const { document, project } = await loadDocument(projectId, documentId);
  const addedBy = await getUserName(document.createdBy);
  return (
    <>
      <Breadcrumbs
        items={[{ label: "Projects", href: "/projects" }, { label: project.name, href: `/projects/${projectId}` }, { label: document.title }]}
      />
      <div className="page-head">
        <h1 dir="auto">{document.title}</h1>
      </div>
      <div className="reader-grid">
        <DocumentText text={document.text ?? ""} language={document.language} />
        <MetadataPanel document={document} addedBy={addedBy} />
      </div>
    </>
  );
}
