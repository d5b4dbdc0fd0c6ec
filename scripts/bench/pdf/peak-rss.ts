// Peak resident memory of this process and of the child processes it starts (extractPdf reads in a
// child), sampled from /proc every 20 ms.
import { readdirSync, readFileSync } from "node:fs";

function rssMb(pid: number | string): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) out.push(Number(entry));
    } catch {
      // The process ended meanwhile.
    }
  }
  return out;
}

/** Starts sampling; `stop()` returns the peak of this process's RSS and of its children's summed RSS. */
export function watchPeakRss(): { stop(): { selfMb: number; childrenMb: number } } {
  let selfMb = rssMb(process.pid);
  let childrenMb = 0;
  const timer = setInterval(() => {
    selfMb = Math.max(selfMb, rssMb(process.pid));
    childrenMb = Math.max(childrenMb, childrenOf(process.pid).reduce((sum, pid) => sum + rssMb(pid), 0));
  }, 20);
  return {
    stop() {
      clearInterval(timer);
      return { selfMb, childrenMb };
    },
  };
}
