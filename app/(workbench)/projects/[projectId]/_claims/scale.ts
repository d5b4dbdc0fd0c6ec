// The x axis of the estimates chart: linear from zero, or logarithmic when the estimates span
// orders of magnitude (a "≥ 300" beside a "30,000" should not collapse onto the axis).
// `position` maps a value to 0..1 of the plot width; ticks are round numbers inside the domain.

export interface Scale {
  kind: "linear" | "log";
  domain: [number, number];
  ticks: number[];
  position(value: number): number;
}

/** Largest over smallest positive value at which the axis turns logarithmic. */
export const LOG_RATIO = 50;

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** The smallest of 1, 2, 5 or 10 times a power of ten that is at least `raw`. */
export function niceStep(raw: number): number {
  if (!(raw > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * power >= raw * (1 - 1e-9)) return m * power;
  return 10 * power;
}

export function linearScale(max: number, targetTicks = 5): Scale {
  const step = niceStep((max > 0 ? max : 1) / targetTicks);
  const top = Math.max(step, Math.ceil((max > 0 ? max : 1) / step - 1e-9) * step);
  const ticks: number[] = [];
  for (let t = 0; t <= top + step / 2; t += step) ticks.push(Math.round(t));
  return { kind: "linear", domain: [0, top], ticks, position: (v) => clamp01(v / top) };
}

export function logScale(minPositive: number, max: number): Scale {
  const lo = 10 ** Math.floor(Math.log10(minPositive));
  let hi = 10 ** Math.ceil(Math.log10(max));
  if (hi <= lo) hi = lo * 10;
  const decades = Math.round(Math.log10(hi / lo));
  const ticks: number[] = [];
  for (let p = lo; p <= hi * (1 + 1e-9); p *= 10) {
    ticks.push(Math.round(p));
    if (decades <= 2 && p < hi) ticks.push(Math.round(2 * p), Math.round(5 * p));
  }
  const span = Math.log10(hi) - Math.log10(lo);
  return {
    kind: "log",
    domain: [lo, hi],
    ticks,
    // Zero and anything below the first decade sit on the axis's left edge.
    position: (v) => clamp01((Math.log10(Math.max(v, lo)) - Math.log10(lo)) / span),
  };
}

/** The scale for a set of values (counts, so non-negative). */
export function chooseScale(values: readonly number[]): Scale {
  const finite = values.filter((v) => Number.isFinite(v) && v >= 0);
  const max = finite.length ? Math.max(...finite) : 0;
  const positive = finite.filter((v) => v > 0);
  const minPositive = positive.length ? Math.min(...positive) : 0;
  if (minPositive > 0 && max / minPositive >= LOG_RATIO) return logScale(minPositive, max);
  return linearScale(max);
}

const COMPACT = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });
const PLAIN = new Intl.NumberFormat("en-GB");

/** Tick labels: "30,000" in full up to a million, then "1.2M". */
export function formatTick(value: number): string {
  return value >= 1_000_000 ? COMPACT.format(value) : PLAIN.format(value);
}
