// The multi-process server: processes share one port, a dead one is replaced, and SIGTERM stops all.
import { spawn } from "node:child_process";
import http from "node:http";
import { describe, expect, it } from "vitest";
import { freePort } from "../../lib/db/embedded";

/** A fresh connection each time (no keep-alive), so the cluster may hand it to either process; one
 *  handed to a process as it dies is never answered, hence the timeout. */
const pidOf = (url: string): Promise<number | null> =>
  new Promise((resolve) => {
    http
      .get(url, { agent: false, timeout: 2000 }, (res) => {
        let body = "";
        res.on("data", (c) => (body += c));
        res.on("end", () => resolve(Number(body) || null));
      })
      .on("timeout", function (this: http.ClientRequest) {
        this.destroy();
      })
      .on("error", () => resolve(null));
  });

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("app-cluster", () => {
  it("serves from every process on one port, replaces a process that dies, and stops them all on SIGTERM", { timeout: 90_000 }, async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/`;
    const primary = spawn(process.execPath, ["scripts/lib/app-cluster.mjs", "2", "--", "test/support/pid-server.mjs", String(port)], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    primary.stderr.on("data", (c) => (stderr += c));
    try {
      const seen = new Set<number>();
      await until("two processes answering", async () => {
        const pid = await pidOf(url);
        if (pid) seen.add(pid);
        return seen.size >= 2;
      });
      const [victim, survivor] = [...seen] as [number, number];
      process.kill(victim, "SIGKILL");
      await until("a replacement", async () => {
        const pid = await pidOf(url);
        return pid !== null && pid !== victim && pid !== survivor && pid;
      });
      expect(stderr).toContain(`app process ${victim} exited (SIGKILL); starting another`);

      const exited = new Promise<number | null>((r) => primary.once("exit", r));
      primary.kill("SIGTERM");
      expect(await exited).toBe(0);
      expect(alive(survivor)).toBe(false);
      expect(await pidOf(url)).toBeNull();
    } finally {
      if (primary.exitCode === null) primary.kill("SIGKILL");
    }
  });
});

describe("app-cluster when its primary is killed outright", () => {
  it("leaves no app process behind", { timeout: 90_000 }, async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/`;
    const primary = spawn(process.execPath, ["scripts/lib/app-cluster.mjs", "2", "--", "test/support/pid-server.mjs", String(port)], { stdio: "ignore" });
    const seen = new Set<number>();
    await until("two processes answering", async () => {
      const pid = await pidOf(url);
      if (pid) seen.add(pid);
      return seen.size >= 2;
    });
    primary.kill("SIGKILL");
    await until("every app process gone", async () => [...seen].every((pid) => !alive(pid)));
    expect(await pidOf(url)).toBeNull();
  });
});
