// The production app on every core: `node scripts/lib/app-cluster.mjs <processes> [node flags…] -- <program> <args…>`
// runs that many copies of the program (`next start -p PORT`) on one port. Node's cluster module lets them share the
// listening socket, so connections are spread over the processes, while everything they share
// (sessions, sign-in limits, live updates, jobs) already lives in PostgreSQL. A process that dies is
// replaced; SIGTERM or SIGINT stops them all and then exits. Plain JavaScript: it must not pay for a
// TypeScript loader in every process.
import cluster from "node:cluster";

const argv = process.argv.slice(2);
const split = argv.indexOf("--");
const [count, ...nodeFlags] = argv.slice(0, split < 0 ? argv.length : split);
const [program, ...programArgs] = split < 0 ? [] : argv.slice(split + 1);
const processes = Number(count);
if (!Number.isInteger(processes) || processes < 1 || !program) {
  console.error("usage: app-cluster.mjs <processes> [node flags…] -- <program> <args…>");
  process.exit(2);
}

/** More deaths than this in a minute is a broken build or configuration, not bad luck: give up. */
const MAX_DEATHS_PER_MINUTE = 5;
const deaths = [];
let stopping = false;

const exitWithPrimary = new URL("./exit-with-primary.mjs", import.meta.url).pathname;
cluster.setupPrimary({ exec: program, args: programArgs, execArgv: ["--import", exitWithPrimary, ...nodeFlags], silent: false });

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
