// Reads a JSON request body with a size ceiling and validates it with a zod schema.
// Too large is 413, not JSON is 400 invalid_json, wrong shape is 400 with the zod issues.
import type { z } from "zod";
import { AppError } from "../errors";

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

async function readBody(req: Request, maxBytes: number): Promise<string> {
  const declared = Number(req.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
}

function tooLarge(maxBytes: number) {
  return new AppError("payload_too_large", `The request body is larger than ${Math.round(maxBytes / 1024)} KiB.`);
}

export async function readJson<S extends z.ZodType>(
  req: Request,
  schema: S,
  options: { maxBytes?: number } = {},
): Promise<z.infer<S>> {
  // Only JSON: a cross-site HTML form can send text/plain or form bodies with the session cookie,
  // but not application/json, so this is also the API's CSRF defence for browser sessions.
  const type = req.headers.get("content-type");
  if (type && !/^application\/([\w.+-]*\+)?json\b/i.test(type)) {
    throw new AppError("unsupported_media_type", "Send the body as application/json.");
  }
  const text = await readBody(req, options.maxBytes ?? DEFAULT_MAX_BODY_BYTES);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError("invalid_json", "The request body is not valid JSON.", {
      issues: [{ path: [], message: "Invalid JSON" }],
    });
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw AppError.fromZod(parsed.error);
  return parsed.data;
}

/** Validates URL search parameters (single values) with a zod schema. */
export function readQuery<S extends z.ZodType>(req: Request, schema: S): z.infer<S> {
  const params = Object.fromEntries(new URL(req.url).searchParams.entries());
  const parsed = schema.safeParse(params);
  if (!parsed.success) throw AppError.fromZod(parsed.error, "The query parameters are not valid.");
  return parsed.data;
}
