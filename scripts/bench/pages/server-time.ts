// Server time of one page as the app gives it: time to the first byte (the answer's status and
// headers; Next sends them once the page's shell has rendered) and to the last byte of the HTML,
// over a keep-alive connection with the session cookie. A page that does not answer 200 with HTML,
// or sends the user elsewhere, is an error, never a fast sample.
export interface ServerSample {
  ttfbMs: number;
  totalMs: number;
  bytes: number;
}

export async function timePage(baseUrl: string, url: string, cookie: string | null): Promise<ServerSample> {
  const t0 = performance.now();
  const res = await fetch(baseUrl + url, { headers: cookie ? { cookie } : {}, redirect: "manual", signal: AbortSignal.timeout(60_000) });
  const ttfbMs = performance.now() - t0;
  const body = await res.text();
  const totalMs = performance.now() - t0;
  if (res.status !== 200) throw new Error(`${url}: ${res.status}${res.headers.get("location") ? ` → ${res.headers.get("location")}` : ""} ${body.slice(0, 200)}`);
  return { ttfbMs, totalMs, bytes: Buffer.byteLength(body) };
}

/** The floor of a request through the app: /api/health, which answers after one trivial query. */
export async function timeHealth(baseUrl: string): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(60_000) });
  const ms = performance.now() - t0;
  await res.text();
  if (!res.ok) throw new Error(`/api/health: ${res.status}`);
  return ms;
}
