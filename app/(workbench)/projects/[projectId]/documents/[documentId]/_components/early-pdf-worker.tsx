// Starts pdf.js's worker and imports its main module from the page itself, before the reader's
// code has loaded, and names the file that code opens as soon as it has: a one-line script with the page's CSP nonce, taken over
// by the reader's page view (early-pdf-worker.ts). The worker's start is the longest step before a
// PDF can be parsed and needs nothing of the reader.
import { headers } from "next/headers";
import { earlyPdfScript } from "@/lib/reader";

/** The nonce of this page's Content-Security-Policy (the proxy puts the policy on the request). */
async function pageNonce(): Promise<string | undefined> {
  const policy = (await headers()).get("content-security-policy") ?? "";
  return /'nonce-([^']+)'/.exec(policy)?.[1];
}

export async function EarlyPdfWorker({ workerUrl, fileUrl, mainUrl }: { workerUrl: string; fileUrl: string; mainUrl: string }) {
  const nonce = await pageNonce();
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: earlyPdfScript(workerUrl, fileUrl, mainUrl) }} />;
}
