// Entry of the benchmark's harness page: the real reader component, bundled by esbuild and rendered
// in the browser with the generated data (window.__READER__), with no server behind it (live updates
// off). It measures the component itself: what a page load costs after the server has answered.
import { createRoot } from "react-dom/client";
import { Reader } from "../../../app/(workbench)/projects/[projectId]/documents/[documentId]/_components/reader";
import { formClaimTypes } from "../../../lib/claims/types/form-fields";
import type { BenchData } from "./generate";

// How long the page, the data and this script took to arrive and parse, before any reader work.
performance.mark("harness:start");
const data = (window as unknown as { __READER__: BenchData }).__READER__;
const root = document.getElementById("reader-root");
if (!root) throw new Error("the harness page has no #reader-root");
createRoot(root).render(
  <Reader documentId="doc_bench" text={data.text} language="en" table={data.table} me={data.table.people[0]!.id} role="owner"
    live={false}
    projectId="prj_bench"
    claimTypes={formClaimTypes([])}
    entities={[]}
    evidenceClaims={[]}
    rejectedSpans={[]}
    publisher={null}
  />,
);
