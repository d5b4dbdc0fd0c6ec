// Renders the reader into the harness page with the benchmark's data (live updates off: no server),
// in a transition as Next hydrates the app's pages (React yields to the page's other work, such as
// pdf.js's messages, between slices of the first render).
// What the app's page computes on the server (the claim types) comes in the data, as props do.
import { startTransition } from "react";
import { createRoot } from "react-dom/client";
import { Reader } from "../../../app/(workbench)/projects/[projectId]/documents/[documentId]/_components/reader";
import type { ClaimFormType } from "../../../app/(workbench)/projects/[projectId]/_components/claim-form/claim-form";
import type { PackedSpanTable } from "../../../lib/annotations/packed-span-table";
import type { AnnotationSpanTable } from "../../../lib/annotations/span-table";
import type { TPackedLayout } from "../../../lib/pdf-view/packed-layout";

interface Data {
  /** The text is not in the page's data: the reader fetches it from here, as the app's does. */
  lateText: { url: string; length: number; sha256: string };
  /** Packed, as the app's page sends it. */
  layout: TPackedLayout;
  /** Packed as the app's page sends them (packSpanTable). */
  table: PackedSpanTable | AnnotationSpanTable;
  /** Made on the server, as the app's page makes them. */
  claimTypes: ClaimFormType[];
}

export function mountReader(): void {
  const data = (window as unknown as { __PDF_READER__: Data }).__PDF_READER__;
  const params = new URLSearchParams(location.search);
  const root = document.getElementById("reader-root");
  if (!root) throw new Error("the harness page has no #reader-root");
  const reactRoot = createRoot(root);
  startTransition(() => reactRoot.render(
    <Reader
      documentId="doc_bench"
      text=""
      lateText={data.lateText}
      language="en"
      table={data.table}
      me={data.table.people[0]!.id}
      role="owner"
      live={false}
      projectId="prj_bench"
      claimTypes={data.claimTypes}
      entities={[]}
      evidenceClaims={[]}
      rejectedSpans={[]}
      publisher={null}
      pdf={{ layout: data.layout, file: "/report.pdf", worker: "/reader.worker.mjs" }}
      page={params.has("page") ? Number(params.get("page")) : undefined}
    />,
  ));
}
