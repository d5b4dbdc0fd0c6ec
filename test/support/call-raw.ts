// Calls a route handler in-process like `call`, but keeps the answer's bytes (CSV, zip, JSON-LD)
// instead of parsing JSON.
import { randomClientAddress } from "./api";

type Handler<P> = (req: Request, ctx: { params: Promise<P> }) => Promise<Response>;

export interface RawResult {
  status: number;
  headers: Headers;
  bytes: Buffer;
  text: string;
}

export async function callRaw<P>(handler: Handler<P>, options: { url: string; token?: string; params: P; headers?: Record<string, string> }): Promise<RawResult> {
  const headers = new Headers({ "x-forwarded-for": randomClientAddress(), ...options.headers });
  if (options.token !== undefined) headers.set("authorization", `Bearer ${options.token}`);
  const req = new Request(new URL(options.url, "http://localhost:3000"), { headers });
  const res = await handler(req, { params: Promise.resolve(options.params) });
  const bytes = Buffer.from(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, bytes, text: bytes.toString("utf8") };
}
