// The production build and the `next start` that serves it, shared by the start script and the
// benchmarks that drive the real server.
import { type ChildProcess, spawn, type StdioOptions, spawnSync } from "node:child_process";
import os from "node:os";
import { writeFileSync } from "node:fs";
import { buildIsCurrent, sourceStamp, stampFilePath } from "./build-stamp";

export const NEXT_BIN = "node_modules/next/dist/bin/next";

/** Runs `next build` when the sources changed since the last one; answers whether it built. */
export function ensureProductionBuild(log: (line: string) => void): boolean {
  if (buildIsCurrent()) return false;
  log("building the app (first start or changed sources; takes a minute or two)");
  // The stamp of the sources as the build starts reading them: a file edited while it runs is not
  // taken for built, and the next start builds again.
  const stamp = sourceStamp();
  const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) throw new Error("next build failed");
  writeFileSync(stampFilePath(), stamp);
  return true;
}

export async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error("the app exited while starting");
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("the app did not become healthy in 150 s");
}

/** WEB_CONCURRENCY when set, else one app process per core. */
export const appProcessCount = (configured?: number): number => configured ?? os.availableParallelism();

/**
 * The production app as `processes` app processes sharing `port` (scripts/lib/app-cluster.mjs), each
 * serving as `next start` does with the API's handlers called directly (scripts/lib/app-server.mjs).
 */
export function startAppCluster(options: { port: number; processes: number; env: NodeJS.ProcessEnv; stdio: StdioOptions; nodeFlags?: string[] }): ChildProcess {
  const program = ["scripts/lib/app-server.mjs", "--port", String(options.port)];
  return spawn(process.execPath, ["scripts/lib/app-cluster.mjs", String(options.processes), ...(options.nodeFlags ?? []), "--", ...program], {
    stdio: options.stdio,
    env: { ...options.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
}
