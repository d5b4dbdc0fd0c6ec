// A worker on its own, as an app process runs it: started by lib/jobs/worker-restart.test.ts,
// which kills it (SIGKILL) in the middle of a job and starts another.
import { startWorker } from "@/lib/jobs/start-worker";

await startWorker({ log: (line) => console.log(line) });
console.log("worker ready");
