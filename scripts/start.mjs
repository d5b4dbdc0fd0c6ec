// `npm start`: install what is missing, then run the workbench (scripts/serve.ts).
// Ctrl-C reaches every process in the terminal's group; this one waits for the app to finish.
import { spawn } from "node:child_process";
import { ensureInstall } from "./ensure-install.mjs";

ensureInstall();
const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", ...process.argv.slice(2)], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    // A terminal's Ctrl-C reaches the child itself; a signal sent to this process alone is passed on.
    setTimeout(() => child.exitCode === null && child.kill(signal), 100);
  });
}
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
