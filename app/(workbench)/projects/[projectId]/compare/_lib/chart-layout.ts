// Geometry of the estimates chart, apart from its drawing: one row per claim, x positions from
// the scale (linear, or log when the estimates span orders of magnitude), ticks along the bottom.
import { formatTick, type Scale, chooseScale } from "../../_claims/scale";
import { type Mark, markValues } from "../../_claims/estimate-marks";

export interface ChartRow {
  label: string;
  /** Read aloud and shown on hover: "1. NCRI: ≥ 30,000". */
  title: string;
  mark: Mark;
  muted: boolean;
}

export interface PlacedRow extends ChartRow {
  y: number;
  /** x of the mark's ends: for a point both are the same; open ends reach the plot's edge. */
  x1: number;
  x2: number;
}

export const CHART = { width: 760, labelWidth: 190, right: 24, top: 12, rowHeight: 28, axisHeight: 44 } as const;

export interface ChartLayout {
  scale: Scale;
  rows: PlacedRow[];
  ticks: { x: number; label: string }[];
  plot: { x0: number; x1: number; y0: number; y1: number };
  height: number;
}

export function layoutChart(rows: readonly ChartRow[]): ChartLayout {
  const scale = chooseScale(rows.flatMap((r) => markValues(r.mark)));
  const x0 = CHART.labelWidth + 12;
  const x1 = CHART.width - CHART.right;
  const y0 = CHART.top;
  const y1 = y0 + rows.length * CHART.rowHeight;
  const x = (v: number) => Math.round((x0 + scale.position(v) * (x1 - x0)) * 10) / 10;
  const placed = rows.map((r, i) => {
    const y = y0 + i * CHART.rowHeight + CHART.rowHeight / 2;
    const m = r.mark;
    const [a, b] =
      m.shape === "point" ? [x(m.value), x(m.value)] : m.shape === "range" ? [x(m.min), x(m.max)] : m.shape === "at_least" ? [x(m.value), x1] : m.shape === "at_most" ? [x0, x(m.value)] : [x0, x0];
    return { ...r, y, x1: a, x2: b };
  });
  return {
    scale,
    rows: placed,
    ticks: scale.ticks.map((t) => ({ x: x(t), label: formatTick(t) })),
    plot: { x0, x1, y0, y1 },
    height: y1 + CHART.axisHeight,
  };
}
