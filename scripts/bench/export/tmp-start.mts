import { startEmbeddedPostgres } from "../../../lib/db/embedded";
import { migrate } from "../../../lib/db/migrate";
import { loadClaims } from "../../../scripts/bench/export/load-claims";
import { existsSync, writeFileSync } from "node:fs";
const fresh = !existsSync("/tmp/bx/data1m/PG_VERSION");
const s = await startEmbeddedPostgres({ dataDir: "/tmp/bx/data1m", port: 55433 });
writeFileSync("/tmp/bx/url1m", s.url);
if (fresh) { await migrate(s.url); await loadClaims(s.url, Number(process.env.N ?? 100000), console.log); }
console.log("ready", s.url);
process.on("SIGTERM", async () => { await s.stop(); process.exit(0); });
setInterval(() => {}, 1 << 30);
