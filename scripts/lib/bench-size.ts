// `--small` runs a benchmark at a size that takes seconds, so that `npm test` proves every benchmark
// still runs to its summary line (scripts/test-benchmarks.mjs). A small run's figures mean nothing;
// the full sizes are for people measuring.
export const SMALL = process.argv.includes("--small");

/** The full size, or the small one under `--small`. */
export const sized = <T>(full: T, small: T): T => (SMALL ? small : full);
