// What one request of each kind costs the app alone: a few keep-alive connections send the same
// request in a closed loop for a few seconds while the app's CPU time (from /proc) is read before
// and after, so the figure is CPU milliseconds per request whatever else the machine runs. The
// health check is the app's fixed cost (routing, the proxy, the response); the others add
// authentication, authorisation and their statements on top of it.
import http from "node:http";
import { treeCpuSeconds } from "./cpu";
import { percentile } from "./latency";

export interface RouteProbe {
  label: string;
  method: string;
  path: string;
  expect: number;
  headers?: Record<string, string>;
  body?: () => unknown;
}

export interface RouteCost {
  label: string;
  requests: number;
  cpuMsPerRequest: number;
  p50: number;
  p95: number;
  errors: number;
}

function send(agent: http.Agent, base: URL, probe: RouteProbe): Promise<{ status: number; ms: number }> {
  const body = probe.body ? JSON.stringify(probe.body()) : undefined;
  const headers: Record<string, string> = { ...probe.headers };
  if (body !== undefined) {
    headers["content-type"] = "application/json";
    headers["content-length"] = String(Buffer.byteLength(body));
  }
  const t0 = performance.now();
  return new Promise((resolve) => {
    const req = http.request({ agent, host: base.hostname, port: base.port, method: probe.method, path: probe.path, headers }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - t0 }));
    });
    req.on("error", () => resolve({ status: 0, ms: performance.now() - t0 }));
    req.end(body);
  });
}

/** `connections` closed loops for `seconds`, after a second's warm-up that is not counted. */
export async function measureRouteCost(options: { baseUrl: string; pid: number; probe: RouteProbe; connections: number; seconds: number }): Promise<RouteCost> {
  const { probe } = options;
  const base = new URL(options.baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const loop = async (seconds: number, times: number[] | null) => {
    let errors = 0;
    const end = performance.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: options.connections }, async () => {
        while (performance.now() < end) {
          const r = await send(agent, base, probe);
          if (r.status !== probe.expect) errors += 1;
          times?.push(r.ms);
        }
      }),
    );
    return errors;
  };
  await loop(1, null);
  const times: number[] = [];
  const cpu0 = treeCpuSeconds(options.pid);
  const errors = await loop(options.seconds, times);
  const cpu = treeCpuSeconds(options.pid) - cpu0;
  agent.destroy();
  times.sort((a, b) => a - b);
  return { label: probe.label, requests: times.length, cpuMsPerRequest: (1000 * cpu) / Math.max(1, times.length), p50: percentile(times, 50), p95: percentile(times, 95), errors };
}
