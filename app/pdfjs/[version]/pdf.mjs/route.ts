// pdf.js's main module for the PDF reader, at an address the reader's page knows before any of its
// code has loaded (a script at the top of the page imports it beside starting the worker:
// early-pdf-worker.ts), so that it downloads and compiles while the page's own code still loads.
// Public: it is pdf.js's own code.
import { pdfjsVersion, pdfMainScript } from "@/lib/pdf-view/pdf-worker-file";

// Read when asked, never at build.
export const dynamic = "force-dynamic";

export async function GET(_req: Request, { params }: { params: Promise<{ version: string }> }): Promise<Response> {
  const { version } = await params;
  if (version !== pdfjsVersion) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(pdfMainScript(), {
    headers: {
      "content-type": "text/javascript; charset=utf-8",
      // The address names the version: the same bytes for good.
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
    },
  });
}
