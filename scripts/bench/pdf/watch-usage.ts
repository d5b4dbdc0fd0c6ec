// Peak resident memory of this process and of the child processes it starts (extractPdf reads in a
// child), and the CPU time those children used, sampled from /proc every 20 ms.
import { readdirSync, readFileSync } from "node:fs";

function rssMb(pid: number | string): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

const TICKS_PER_S = 100;

/** User + system CPU seconds a process has used so far (Linux /proc/<pid>/stat). */
function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_S;
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

export type Usage = { selfMb: number; childrenMb: number; selfCpuS: number; childrenCpuS: number };

/**
 * Starts sampling; `stop()` returns the peak of this process's RSS and of its children's summed RSS,
 * and the CPU seconds of each (a child's last sample is at most 20 ms before it ends).
 */
export function watchUsage(): { stop(): Usage } {
  const started = process.cpuUsage();
  let selfMb = rssMb(process.pid);
  let childrenMb = 0;
  const childCpu = new Map<number, number>();
  const sample = () => {
    selfMb = Math.max(selfMb, rssMb(process.pid));
    const children = childrenOf(process.pid);
    childrenMb = Math.max(childrenMb, children.reduce((sum, pid) => sum + rssMb(pid), 0));
    for (const pid of children) childCpu.set(pid, Math.max(childCpu.get(pid) ?? 0, cpuSeconds(pid)));
  };
  const timer = setInterval(sample, 20);
  return {
    stop() {
      clearInterval(timer);
      const used = process.cpuUsage(started);
      const childrenCpuS = [...childCpu.values()].reduce((a, b) => a + b, 0);
      return { selfMb, childrenMb, selfCpuS: (used.user + used.system) / 1e6, childrenCpuS };
    },
  };
}
