// The software that made a capture, named in its WARC, its WACZ and its custody record, so a reader
// of the evidence knows which versions to reproduce it with.
import { readFileSync } from "node:fs";
import path from "node:path";
import readability from "@mozilla/readability/package.json";
import app from "../../package.json";

// warcio's exports map hides its package.json; read the installed one.
function installedVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(path.join(process.cwd(), "node_modules", name, "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return "unknown";
  }
}

export const CAPTURE_SOFTWARE = {
  name: "Provenance workbench",
  version: app.version,
  warcio: installedVersion("warcio"),
  readability: readability.version,
};

export const CAPTURE_SOFTWARE_LINE = `${CAPTURE_SOFTWARE.name} ${CAPTURE_SOFTWARE.version} (warcio.js ${CAPTURE_SOFTWARE.warcio})`;

export const CAPTURE_USER_AGENT = `Mozilla/5.0 (compatible; ProvenanceWorkbench/${CAPTURE_SOFTWARE.version}; evidence capture)`;
