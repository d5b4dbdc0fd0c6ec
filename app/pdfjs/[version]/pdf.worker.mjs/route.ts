// pdf.js's worker for the PDF reader, at an address the reader's page knows before any of its code
// has loaded (a script at the top of the page starts the worker: early-pdf-worker.ts).
import { pdfWorkerScript } from "@/lib/pdf-view/pdf-worker-file";
import { pdfjsScriptRoute } from "@/lib/pdf-view/pdfjs-script-route";

// Read when asked, never at build.
export const dynamic = "force-dynamic";

export const GET = pdfjsScriptRoute(pdfWorkerScript);
