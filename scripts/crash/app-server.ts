// The production server as the crash demo runs it: `next start` in its own process group, so a
// SIGKILL reaches every process it started, exactly as a power cut or the OOM killer would.
import { spawn, type ChildProcess } from "node:child_process";

const NEXT_BIN = "node_modules/next/dist/bin/next";

export interface AppServer {
  url: string;
  /** Kills the whole process group without warning; resolves once it is gone. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once("exit", () => r()));
}

export async function startAppServer(port: number, env: NodeJS.ProcessEnv): Promise<AppServer & { startedInMs: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port)], {
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...env, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port) },
  });
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  const signal = async (name: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, name);
    } catch {
      // already gone
    }
    await exited(child);
  };
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited while starting:\n${stderr}`);
    if (i > 600) throw new Error("the server did not answer /api/health in 120 s");
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, startedInMs: Date.now() - started, kill: () => signal("SIGKILL"), stop: () => signal("SIGTERM") };
}
