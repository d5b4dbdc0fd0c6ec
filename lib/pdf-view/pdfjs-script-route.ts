// The GET handler of a route serving one of pdf.js's own scripts at an address that names its
// version (the main module and the worker: app/pdfjs/[version]/...). Public: it is pdf.js's code.
import { pdfjsVersion } from "./pdf-worker-file";

export function pdfjsScriptRoute(script: () => string) {
  return async function GET(_req: Request, { params }: { params: Promise<{ version: string }> }): Promise<Response> {
    const { version } = await params;
    if (version !== pdfjsVersion) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
    return new Response(script(), {
      headers: {
        "content-type": "text/javascript; charset=utf-8",
        // The address names the version: the same bytes for good.
        "cache-control": "public, max-age=31536000, immutable",
        "x-content-type-options": "nosniff",
      },
    });
  };
}
