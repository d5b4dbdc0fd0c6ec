// Reads the V8 CPU profile `next start --cpu-prof` writes on exit and says where the app's CPU
// went during the measured window: self time by package (or app/lib file) and the heaviest
// functions. Sample times are CLOCK_MONOTONIC microseconds, the clock of process.hrtime, so the
// window is taken with process.hrtime.bigint() in the load process.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function where(url: string): string {
  if (!url) return "(native / V8)";
  if (url.startsWith("node:")) return url;
  const m = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (m) return m[1]!;
  const chunk = url.match(/\.next\/server\/(.*)$/);
  return chunk ? `.next/server/${chunk[1]}` : url;
}

export const monotonicMicros = () => Number(process.hrtime.bigint() / 1000n);

export function summariseProfiles(dir: string, window: { from: number; to: number }, top = 12): string[] {
  const files = readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"));
  const byPlace = new Map<string, number>();
  const byFunction = new Map<string, number>();
  // Native time (writev, zlib, the collector) says little alone: charge it to the nearest caller
  // in a package or the app's own code as well.
  const nativeByCaller = new Map<string, number>();
  // Inclusive time: a sample counts for every distinct function on its stack, which says what a
  // phase of the request (the proxy, the route, sending the answer) costs with all it calls.
  const inclusive = new Map<string, number>();
  let total = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Profile;
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const parents = new Map<number, number>();
    for (const n of profile.nodes) for (const child of n.children ?? []) parents.set(child, n.id);
    const caller = (id: number): string => {
      const frames: string[] = [];
      for (let p = parents.get(id); p !== undefined && frames.length < 2; p = parents.get(p)) {
        const frame = nodes.get(p)!.callFrame;
        if (frame.url && !frame.url.startsWith("node:")) frames.push(`${frame.functionName || "(anonymous)"} ${where(frame.url)}:${frame.lineNumber + 1}`);
      }
      return frames.join(" < ") || "(no caller in a package)";
    };
    let at = profile.startTime;
    profile.samples.forEach((id, i) => {
      const node = nodes.get(id);
      const dt = profile.timeDeltas[i] ?? 0;
      at += dt;
      if (at < window.from || at > window.to) return;
      if (!node || node.callFrame.functionName === "(idle)") return;
      total += dt;
      const place = where(node.callFrame.url);
      byPlace.set(place, (byPlace.get(place) ?? 0) + dt);
      const fn = `${node.callFrame.functionName || "(anonymous)"} ${place}:${node.callFrame.lineNumber + 1}`;
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + dt);
      const seen = new Set<string>();
      for (let p: number | undefined = id; p !== undefined; p = parents.get(p)) {
        const frame = nodes.get(p)!.callFrame;
        if (!frame.url) continue;
        const key = `${frame.functionName || "(anonymous)"} ${where(frame.url)}:${frame.lineNumber + 1}`;
        if (!seen.has(key)) {
          seen.add(key);
          inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
        }
      }
      if (!node.callFrame.url || node.callFrame.url.startsWith("node:")) {
        const key = `${node.callFrame.functionName || "(native)"} from ${caller(id)}`;
        nativeByCaller.set(key, (nativeByCaller.get(key) ?? 0) + dt);
      }
    });
  }
  const share = (us: number) => `${((100 * us) / Math.max(1, total)).toFixed(1)}%`;
  const list = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [
    `busy CPU in the profile: ${(total / 1e6).toFixed(1)} s`,
    "self time by package or file:",
    ...list(byPlace).map(([k, us]) => `  ${share(us).padStart(6)}  ${k}`),
    "heaviest functions (self time):",
    ...list(byFunction).map(([k, us]) => `  ${share(us).padStart(6)}  ${k}`),
    "native and node: time by nearest package caller:",
    ...list(nativeByCaller).map(([k, us]) => `  ${share(us).padStart(6)}  ${k}`),
    "inclusive time (a function with all it calls):",
    ...[...inclusive.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3 * top).map(([k, us]) => `  ${share(us).padStart(6)}  ${k}`),
  ];
}
