// Span agreement per annotator pair as horizontal bars (exact and overlap F1, 0 to 1). The chart
// is a picture of the table that follows it, which carries the same numbers for every reader.
export interface PairBar {
  label: string;
  exact: number;
  overlap: number;
}

const ROW = 34;
const LABEL = 210;
const WIDTH = 620;
const BAR = WIDTH - LABEL - 50;

export function F1Chart({ pairs, describedBy }: { pairs: PairBar[]; describedBy: string }) {
  const height = pairs.length * ROW + 34;
  return (
    <figure className="f1-chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-labelledby="f1-chart-title" aria-describedby={describedBy} preserveAspectRatio="xMinYMin meet">
        <title id="f1-chart-title">Span agreement (F1) per annotator pair; the numbers are in the table below</title>
        {[0, 0.5, 1].map((t) => (
          <g key={t}>
            <line x1={LABEL + t * BAR} x2={LABEL + t * BAR} y1={4} y2={height - 22} className="f1-grid" />
            <text x={LABEL + t * BAR} y={height - 8} textAnchor="middle" className="f1-axis">
              {t}
            </text>
          </g>
        ))}
        {pairs.map((p, i) => {
          const y = 6 + i * ROW;
          return (
            <g key={p.label}>
              <text x={LABEL - 8} y={y + 16} textAnchor="end" className="f1-label">
                {p.label.length > 30 ? `${p.label.slice(0, 29)}…` : p.label}
              </text>
              <rect x={LABEL} y={y + 2} width={Math.max(1, p.overlap * BAR)} height={11} className="f1-overlap" />
              <rect x={LABEL} y={y + 15} width={Math.max(1, p.exact * BAR)} height={11} className="f1-exact" />
              <text x={LABEL + p.overlap * BAR + 4} y={y + 11} className="f1-value">
                {p.overlap.toFixed(2)}
              </text>
              <text x={LABEL + p.exact * BAR + 4} y={y + 24} className="f1-value">
                {p.exact.toFixed(2)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="f1-legend">
        <span className="f1-key f1-key-overlap" aria-hidden="true" /> overlap F1 <span className="f1-key f1-key-exact" aria-hidden="true" /> exact F1
      </figcaption>
    </figure>
  );
}
