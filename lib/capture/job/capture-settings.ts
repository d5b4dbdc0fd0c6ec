// The deployment's capture settings (lib/env.js), in the shapes lib/capture uses, and the pacer every
// capture job goes through: kept in Postgres, so requests to one host are spaced across jobs and
// across the app's processes alike.
import { parseEnv } from "../../env.js";
import type { CaptureLimits } from "../capture-page";
import { SharedHostPacer } from "../fetch/shared-host-pacer";
import { parseCaptureAllowlist, type CaptureAllowlist } from "../guard/capture-allowlist";

export type CaptureSettings = { allowlist: CaptureAllowlist; limits: CaptureLimits; tsaUrl: string | undefined; hostIntervalMs: number; requestIntervalMs: number };

/** Read per call (the check is cheap), so a test or an operator's change is seen without a restart. */
export function captureSettings(): CaptureSettings {
  const e = parseEnv(process.env);
  return {
    allowlist: parseCaptureAllowlist(e.CAPTURE_PRIVATE_ALLOWLIST),
    limits: { maxResources: e.CAPTURE_MAX_RESOURCES, maxBytes: e.CAPTURE_MAX_BYTES, timeoutMs: e.CAPTURE_TIMEOUT_SECONDS * 1000 },
    tsaUrl: e.TSA_URL,
    hostIntervalMs: e.CAPTURE_HOST_INTERVAL_MS,
    requestIntervalMs: e.CAPTURE_REQUEST_INTERVAL_MS,
  };
}

/** Read per job, like the other settings: the pace itself lives in the database. */
export function capturePacer(): SharedHostPacer {
  const { hostIntervalMs, requestIntervalMs } = captureSettings();
  return new SharedHostPacer(hostIntervalMs, undefined, requestIntervalMs);
}
