// The production app on every core: `node scripts/lib/app-cluster.mjs <port> <processes> [node flags…]`
// runs that many `next start` processes on one port. Node's cluster module lets them share the
// listening socket, so connections are spread over the processes, while everything they share
// (sessions, sign-in limits, live updates, jobs) already lives in PostgreSQL. A process that dies is
// replaced; SIGTERM or SIGINT stops them all and then exits. Plain JavaScript: it must not pay for a
// TypeScript loader in every process.
import cluster from "node:cluster";

const NEXT_BIN = "node_modules/next/dist/bin/next";
const [port, count, ...nodeFlags] = process.argv.slice(2);
const processes = Number(count);
if (!/^\d+$/.test(port ?? "") || !Number.isInteger(processes) || processes < 1) {
  console.error("usage: app-cluster.mjs <port> <processes> [node flags…]");
  process.exit(2);
}

/** More deaths than this in a minute is a broken build or configuration, not bad luck: give up. */
const MAX_DEATHS_PER_MINUTE = 5;
const deaths = [];
let stopping = false;

cluster.setupPrimary({ exec: NEXT_BIN, args: ["start", "-p", port], execArgv: nodeFlags, silent: false });

function fork() {
  const worker = cluster.fork({ NEXT_TELEMETRY_DISABLED: "1", APP_PROCESS_COUNT: String(processes) });
  worker.on("exit", (code, signal) => {
    if (stopping) return;
    const now = Date.now();
    deaths.push(now);
    while (deaths.length && deaths[0] < now - 60_000) deaths.shift();
    console.error(`[workbench] app process ${worker.process.pid} exited (${signal ?? code}); starting another`);
    if (deaths.length > MAX_DEATHS_PER_MINUTE) {
      console.error(`[workbench] ${deaths.length} app processes died within a minute; stopping`);
      void stop(1);
      return;
    }
    fork();
  });
}

async function stop(code) {
  if (stopping) return;
  stopping = true;
  const alive = Object.values(cluster.workers ?? {}).filter((w) => w && !w.isDead());
  await Promise.all(
    alive.map(
      (w) =>
        new Promise((resolve) => {
          w.once("exit", resolve);
          w.process.kill("SIGTERM");
        }),
    ),
  );
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => void stop(0));
for (let i = 0; i < processes; i++) fork();
