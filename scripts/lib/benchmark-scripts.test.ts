// The last step of `npm test` runs every benchmark in its small mode, picked from package.json by
// name. Written out here, so a benchmark that stops matching (renamed, or added under another prefix)
// shows up as a change to this list rather than as a script nothing runs any more.
import { describe, expect, it } from "vitest";
import { benchmarkScripts } from "./benchmark-scripts.mjs";

describe("the benchmarks npm test runs in small mode", () => {
  it("are every bench, crash and soak script of package.json", () => {
    expect([...benchmarkScripts()].sort()).toEqual(
      ["bench:anchoring", "bench:backup", "bench:capture", "bench:export", "bench:import", "bench:load", "bench:log", "bench:pages", "bench:pdf", "bench:reader", "bench:routes", "bench:scale", "crash:demo", "soak:fuzz"].sort(),
    );
  });
});
