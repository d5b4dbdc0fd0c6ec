import { build } from "esbuild";
await build({ entryPoints: ["scripts/bench/export/worker.ts"], bundle: true, platform: "node", format: "esm", target: "node20", packages: "external", outfile: ".data/bench-export/worker.mjs", logLevel: "warning" });
