// One HTTP exchange with the app, timed from sending the request to the last byte of the answer.
// Node's fetch keeps connections alive, so each virtual annotator reuses its sockets.

const TIMEOUT_MS = 30_000;

export interface Exchange {
  status: number;
  ms: number;
  body: string;
}

export interface Failure {
  kind: string;
  what: string;
  status: number;
  body: string;
}

export async function exchange(baseUrl: string, method: string, path: string, options: { token?: string; body?: unknown } = {}): Promise<Exchange> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const t0 = performance.now();
  try {
    const res = await fetch(baseUrl + path, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      // A request that never ends would stall its annotator and the run; it counts as an error instead.
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const body = await res.text();
    return { status: res.status, ms: performance.now() - t0, body };
  } catch (error) {
    // A network error counts as an answer with status 0, so it is reported rather than lost.
    return { status: 0, ms: performance.now() - t0, body: error instanceof Error ? `${error.message} ${String(error.cause ?? "")}` : String(error) };
  }
}

/** For setup steps, which must succeed: the parsed answer, or an error naming the step. */
export async function mustJson<T>(what: string, result: Promise<Exchange>, expected = [200, 201]): Promise<T> {
  const r = await result;
  if (!expected.includes(r.status)) throw new Error(`${what}: ${r.status} ${r.body.slice(0, 500)}`);
  return JSON.parse(r.body) as T;
}
