import { describe, expect, it } from "vitest";
import { CHART, layoutChart } from "./chart-layout";

const row = (label: string, mark: Parameters<typeof layoutChart>[0][number]["mark"]) => ({ label, title: label, mark, muted: false });

describe("layoutChart", () => {
  const layout = layoutChart([
    row("Amnesty", { shape: "range", min: 4000, max: 5000 }),
    row("NCRI", { shape: "at_least", value: 30000 }),
    row("Montazeri", { shape: "point", value: 3800, approximate: true }),
    row("Iran", { shape: "at_most", value: 1000 }),
    row("Unknown", { shape: "none" }),
  ]);

  it("gives each claim a row, top to bottom", () => {
    expect(layout.rows.map((r) => r.y)).toEqual([0, 1, 2, 3, 4].map((i) => CHART.top + i * CHART.rowHeight + CHART.rowHeight / 2));
    expect(layout.height).toBe(CHART.top + 5 * CHART.rowHeight + CHART.axisHeight);
  });

  it("places marks on a linear scale from zero for estimates of one magnitude", () => {
    expect(layout.scale.kind).toBe("linear");
    const [range, atLeast, point, atMost] = layout.rows;
    expect(range!.x1).toBeLessThan(range!.x2);
    expect(atLeast!.x2).toBe(layout.plot.x1);
    expect(point!.x1).toBe(point!.x2);
    expect(atMost!.x1).toBe(layout.plot.x0);
    expect(layout.ticks[0]).toEqual({ x: layout.plot.x0, label: "0" });
    expect(layout.ticks.at(-1)).toEqual({ x: layout.plot.x1, label: "30,000" });
  });

  it("turns logarithmic when the estimates span orders of magnitude", () => {
    const log = layoutChart([row("a", { shape: "point", value: 120, approximate: false }), row("b", { shape: "point", value: 30000, approximate: false })]);
    expect(log.scale.kind).toBe("log");
    expect(log.ticks.map((t) => t.label)).toEqual(["100", "1,000", "10,000", "100,000"]);
    const [a, b] = log.rows;
    expect(b!.x1 - a!.x1).toBeGreaterThan(0);
  });
});
