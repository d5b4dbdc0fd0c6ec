import { describe, expect, it } from "vitest";
import { claimSummary, truncate, valueText } from "./claim-summary";

const names: Record<string, string> = { ent_event: "1988 massacre of political prisoners", ent_m: "حسینعلی منتظری", ent_evin: "Evin Prison" };
const name = (id: string) => names[id];

describe("claimSummary", () => {
  it("reads each built-in type in a line", () => {
    expect(claimSummary("victim_count", { count: { kind: "at_least", value: 30000 }, outcome: "executed", event: "ent_event" }, name)).toBe("≥ 30,000 executed");
    expect(claimSummary("role", { person: "ent_m", role: "Deputy Supreme Leader" }, name)).toBe("حسینعلی منتظری: Deputy Supreme Leader");
    expect(claimSummary("event", { event: "ent_event", eventType: "mass execution" }, name)).toBe("1988 massacre of political prisoners (mass execution)");
    expect(claimSummary("statement", { speaker: "ent_m", quote: "x".repeat(300) }, name)).toMatch(/^حسینعلی منتظری: “x+…”$/);
  });

  it("lists the first fields of a project-defined type", () => {
    expect(claimSummary("detention_site", { site: "ent_evin", period: { from: "1988-07" }, capacity: 15000, note: "more" }, name)).toBe(
      "Site: Evin Prison · Period: from 1988-07 · Capacity: 15,000",
    );
    expect(claimSummary("detention_site", { site: "ent_evin" }, name, { site: "Prison" })).toBe("Prison: Evin Prison");
  });
});

describe("valueText", () => {
  it("formats counts, periods, numbers, lists and entity ids", () => {
    expect(valueText({ kind: "range", min: 4000, max: 5000 }, name)).toBe("4,000–5,000");
    expect(valueText({ from: "1988", to: "1989" }, name)).toBe("1988 – 1989");
    expect(valueText(["ent_evin", "unknown-id"], name)).toBe("Evin Prison, unknown-id");
    expect(valueText([], name)).toBe("none");
    expect(valueText(undefined, name)).toBe("—");
    expect(valueText(true, name)).toBe("yes");
  });
});

describe("truncate", () => {
  it("cuts by characters, not UTF-16 units", () => {
    expect(truncate("😀😀😀😀", 3)).toBe("😀😀…");
    expect(truncate("short", 10)).toBe("short");
  });
});
