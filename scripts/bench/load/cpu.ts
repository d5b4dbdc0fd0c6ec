// CPU time of a process (user + system, in seconds) from /proc, to tell whether a phase was
// bound by the app's CPU, the client's, or neither.
import { readFileSync } from "node:fs";

const TICKS_PER_SECOND = 100;

export function processCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return NaN;
  }
}

/** `next start` serves from a child process of the one spawned; its CPU is counted with it. */
export function treeCpuSeconds(pid: number): number {
  let total = processCpuSeconds(pid);
  try {
    for (const child of readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean)) total += treeCpuSeconds(Number(child));
  } catch {
    // no children listed
  }
  return total;
}
