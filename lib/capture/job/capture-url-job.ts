// Job kind "capture-url": POST /sources with JSON {url}. `prepare` refuses at once what the guard can
// judge before fetching (scheme, an address literal or a name resolving to an address the deployment
// does not allow); `run` captures the page into a WACZ (the document's artifact), its article as the
// text, its custody and, when the deployment has an authority, a timestamp of the WACZ's sha256.
import { AppError } from "../../errors";
import type { JobKind } from "../../jobs/job-kind";
import { JobRefusal } from "../../jobs/job-kind";
import { ZLanguage } from "../../documents/schemas";
import type { TCaptureSource } from "../../sources/schemas";
import { captureUrl } from "../capture-url";
import { checkCaptureUrl, portOf } from "../guard/check-capture-url";
import { CaptureRefusal } from "../guard/capture-refusal";
import { resolveChecked } from "../guard/guarded-lookup";
import { parseIp } from "../guard/parse-ip";
import { WACZ_MEDIA_TYPE } from "../wacz/build-wacz";
import { capturePacer, captureSettings } from "./capture-settings";
import { findCapturedDocument } from "./find-captured-document";
import { sendTimestampRetry } from "./retry-timestamps";
import { stampArtifact } from "./stamp-artifact";

/** Refusals a second try cannot mend; anything else (a network error) is retried by the queue. */
const FINAL = new Set(["bad_url", "scheme_not_allowed", "address_not_allowed", "too_many_redirects", "response_too_large", "not_html"]);

export const captureUrlJob: JobKind<TCaptureSource> = {
  kind: "capture-url",
  async prepare(body) {
    const input = body as TCaptureSource;
    const { allowlist } = captureSettings();
    try {
      const url = checkCaptureUrl(input.url, allowlist);
      if (!parseIp(url.hostname)) await resolveChecked(url.hostname, portOf(url), allowlist);
    } catch (error) {
      // A name that does not resolve now may resolve when the job runs: only refusals are final here.
      if (error instanceof CaptureRefusal && error.code !== "dns_failed") {
        throw new AppError("invalid_input", error.message, { issues: [{ path: ["url"], message: error.message }] });
      }
    }
    return { ...input };
  },
  async run(ctx) {
    const settings = captureSettings();
    let captured;
    try {
      captured = await captureUrl(ctx.input.url, {
        allowlist: settings.allowlist,
        limits: settings.limits,
        pacer: capturePacer(),
        requestedBy: { userId: ctx.userId },
        onProgress: (done, total) => void ctx.progress(done, total, "resources"),
      });
    } catch (error) {
      if (error instanceof CaptureRefusal && FINAL.has(error.code)) throw new JobRefusal(error.code, error.message);
      throw error;
    }
    const { article, custody } = captured;
    const stamp = await stampArtifact(captured.sha256, settings.tsaUrl);
    const previous = await findCapturedDocument(ctx.db, ctx.projectId, [custody.requestedUrl, custody.finalUrl]);
    const meta = article.metadata;
    const language = ctx.input.language ?? (meta.language && ZLanguage.safeParse(meta.language).success ? meta.language : null);
    return {
      title: ctx.input.title ?? meta.title ?? custody.finalUrl,
      text: article.text,
      format: "web",
      sourceUrl: custody.finalUrl,
      publisher: ctx.input.publisher ?? meta.publisher ?? new URL(custody.finalUrl).hostname,
      author: ctx.input.author ?? meta.author ?? null,
      publishedAt: ctx.input.publishedAt ?? meta.publishedAt ?? null,
      language,
      capturedAt: new Date(custody.capturedAt),
      derivation: { tool: "@mozilla/readability", version: custody.software.readability, method: article.method, from: "the captured page's HTML" },
      capture: {
        requestedUrl: custody.requestedUrl,
        finalUrl: custody.finalUrl,
        httpStatus: custody.httpStatus,
        capturedAt: custody.capturedAt,
        ...(stamp && "timestamp" in stamp ? { timestamp: stamp.timestamp } : {}),
        ...(stamp && "pending" in stamp ? { timestampPending: { since: new Date().toISOString(), reason: stamp.pending.reason } } : {}),
        custody,
        wacz: { resources: captured.datapackage.resources },
      },
      layout: { kind: "web-capture", pageText: article.fullText, canonicalUrl: meta.canonicalUrl ?? null },
      artifact: { mediaType: WACZ_MEDIA_TYPE, bytes: captured.wacz },
      ...(previous ? { continues: { documentId: previous } } : {}),
    };
  },
  async afterWrite(ctx, documentId, draft) {
    if (draft.capture && "timestampPending" in draft.capture) await sendTimestampRetry({ projectId: ctx.projectId, documentId });
  },
};
