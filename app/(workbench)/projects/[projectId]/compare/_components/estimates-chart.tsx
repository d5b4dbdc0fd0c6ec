"use client";
// The estimates per source as an SVG (in the server's HTML too): one row per claim, a point for an exact (filled)
// or approximate (hollow) count, a bar for a range, an open bar with an arrow for "at least" and
// "at most". The table beside it is its text alternative. A client component, like the table: the
// page's data carries the rows (label, title, mark) once, not the SVG's elements a second time beside
// the HTML (two hundred rows of marks made that copy the page's largest part).
import { CHART, type ChartRow, layoutChart, type PlacedRow } from "../_lib/chart-layout";

const ARROW = 7;

function MarkShape({ row }: { row: PlacedRow }) {
  const { mark, x1, x2, y } = row;
  switch (mark.shape) {
    case "point":
      return <circle cx={x1} cy={y} r={5.5} className={mark.approximate ? "mark-hollow" : "mark-solid"} />;
    case "range":
      return (
        <>
          <rect x={x1} y={y - 5} width={Math.max(2, x2 - x1)} height={10} rx={2} className="mark-bar" />
          <line x1={x1} x2={x1} y1={y - 8} y2={y + 8} className="mark-cap" />
          <line x1={x2} x2={x2} y1={y - 8} y2={y + 8} className="mark-cap" />
        </>
      );
    case "at_least":
      return (
        <>
          <line x1={x1} x2={x2 - ARROW} y1={y} y2={y} className="mark-open" />
          <polygon points={`${x2},${y} ${x2 - ARROW},${y - 5} ${x2 - ARROW},${y + 5}`} className="mark-arrow" />
          <line x1={x1} x2={x1} y1={y - 8} y2={y + 8} className="mark-cap" />
        </>
      );
    case "at_most":
      return (
        <>
          <line x1={x1 + ARROW} x2={x2} y1={y} y2={y} className="mark-open" />
          <polygon points={`${x1},${y} ${x1 + ARROW},${y - 5} ${x1 + ARROW},${y + 5}`} className="mark-arrow" />
          <line x1={x2} x2={x2} y1={y - 8} y2={y + 8} className="mark-cap" />
        </>
      );
    case "none":
      return (
        <text x={x1 + 4} y={y} dy="0.35em" className="mark-unknown">
          unknown
        </text>
      );
  }
}

export function EstimatesChart({ id, rows, label, axisLabel }: { id: string; rows: ChartRow[]; label: string; axisLabel: string }) {
  const layout = layoutChart(rows);
  const { plot } = layout;
  const fullLabel = `${label}${layout.scale.kind === "log" ? " Logarithmic scale." : ""} The table that follows lists the same estimates.`;
  return (
    <svg role="img" aria-label={fullLabel} viewBox={`0 0 ${CHART.width} ${layout.height}`} className="estimates-chart" data-scale={layout.scale.kind}>
      <title id={`${id}-title`}>{fullLabel}</title>
      <g className="chart-bands">
        {layout.rows.map((row, i) => (i % 2 === 0 ? <rect key={i} x={0} y={row.y - CHART.rowHeight / 2} width={CHART.width} height={CHART.rowHeight} /> : null))}
      </g>
      <g className="chart-grid">
        {layout.ticks.map((t) => (
          <g key={t.label}>
            <line x1={t.x} x2={t.x} y1={plot.y0} y2={plot.y1} />
            <text x={t.x} y={plot.y1 + 16} textAnchor="middle" className="chart-tick">
              {t.label}
            </text>
          </g>
        ))}
        <line x1={plot.x0} x2={plot.x1} y1={plot.y1} y2={plot.y1} className="chart-axis" />
        <text x={(plot.x0 + plot.x1) / 2} y={plot.y1 + 36} textAnchor="middle" className="chart-axis-label">
          {axisLabel}
          {layout.scale.kind === "log" ? " (log scale)" : ""}
        </text>
      </g>
      {layout.rows.map((row, i) => (
        <g key={i} className={row.muted ? "chart-row chart-row-muted" : "chart-row"}>
          <text x={CHART.labelWidth} y={row.y} dy="0.35em" textAnchor="end" className="chart-label">
            {row.label}
          </text>
          <g data-mark={row.mark.shape} className="chart-mark">
            <title>{row.title}</title>
            <MarkShape row={row} />
          </g>
        </g>
      ))}
    </svg>
  );
}

export function ChartLegend() {
  return (
    <ul className="chart-legend" aria-label="Chart key">
      <li>
        <svg width="14" height="14" aria-hidden="true" className="estimates-chart"><circle cx="7" cy="7" r="5" className="mark-solid" /></svg> exact
      </li>
      <li>
        <svg width="14" height="14" aria-hidden="true" className="estimates-chart"><circle cx="7" cy="7" r="4.5" className="mark-hollow" /></svg> approximate
      </li>
      <li>
        <svg width="22" height="14" aria-hidden="true" className="estimates-chart"><rect x="2" y="3" width="18" height="8" rx="2" className="mark-bar" /></svg> range
      </li>
      <li>
        <svg width="26" height="14" aria-hidden="true" className="estimates-chart"><line x1="2" x2="18" y1="7" y2="7" className="mark-open" /><polygon points="25,7 18,2 18,12" className="mark-arrow" /></svg> at least / at most (open end)
      </li>
    </ul>
  );
}
