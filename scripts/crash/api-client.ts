// The public API as a researcher's script calls it, with a bearer token.
export interface Api {
  call<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T>;
  /** Starts a request and returns its settlement (the demo kills the server under it). */
  start(method: string, path: string, body?: unknown): Promise<number>;
}

export function apiClient(base: () => string, token: string | null): Api {
  const send = (method: string, path: string, body?: unknown) =>
    fetch(`${base()}/api/v1${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
  return {
    async call<T>(method: string, path: string, body?: unknown) {
      const res = await send(method, path, body);
      const text = await res.text();
      if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${text.slice(0, 300)}`);
      return (text ? JSON.parse(text) : {}) as T;
    },
    start: (method, path, body) => send(method, path, body).then((r) => r.status),
  };
}
