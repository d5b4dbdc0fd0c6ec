// One app process's job worker on its own, for tests that run several side by side (as `npm start`
// runs one per core): it logs every job it finishes, so a test can tell which process did what.
import { startWorker } from "@/lib/jobs/start-worker";

await startWorker({ log: (line) => console.log(`[${process.pid}] ${line}`) });
console.log("worker ready");
