// Reads a JSON request body with a size ceiling and validates it with a zod schema.
// Too large is 413, not JSON is 400 invalid_json, wrong shape is 400 with the zod issues. Text
// PostgreSQL cannot store (NUL, lone surrogates) is refused here for every route at once.
import type * as z from "zod";
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

export function tooLarge(maxBytes: number) {
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
  const unstorable = /\\u(0000|d[89a-f])/i.test(text) ? unstorableText(value) : null;
  if (unstorable) throw unstorableError(unstorable, "The request body holds text that cannot be stored.");
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw AppError.fromZod(parsed.error);
  return parsed.data;
}

type Path = (string | number)[];

/** Whether a string can be stored as text: no NUL, and no lone surrogate (UTF-8 cannot encode one). */
function textProblem(s: string): string | null {
  if (s.includes("\u0000")) return "must not contain the NUL character (U+0000)";
  if (!s.isWellFormed()) return "must be well-formed Unicode (it holds a lone surrogate)";
  return null;
}

/**
 * The first key or string value PostgreSQL cannot store, with why. Only JSON escapes can put
 * either in a body (decoded UTF-8 never holds them). Iterative: bodies may nest 100,000 deep.
 */
export function unstorableText(value: unknown): { path: Path; message: string } | null {
  interface Node { value: unknown; key: string | number | null; parent: Node | null }
  const pathOf = (node: Node, key?: string): Path => {
    const path: Path = key === undefined ? [] : [key];
    for (let n: Node | null = node; n && n.key !== null; n = n.parent) path.push(n.key);
    return path.reverse();
  };
  const stack: Node[] = [{ value, key: null, parent: null }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const v = node.value;
    if (typeof v === "string") {
      const message = textProblem(v);
      if (message) return { path: pathOf(node), message };
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => stack.push({ value: item, key: i, parent: node }));
    } else if (v && typeof v === "object") {
      for (const [k, item] of Object.entries(v)) {
        const message = textProblem(k);
        if (message) return { path: pathOf(node, k), message };
        stack.push({ value: item, key: k, parent: node });
      }
    }
  }
  return null;
}

function unstorableError(problem: { path: Path; message: string }, message: string): AppError {
  return new AppError("invalid_input", message, { issues: [problem] });
}

/** Validates URL search parameters (single values: a key given twice is a 400 naming it) with a zod schema. */
export function readQuery<S extends z.ZodType>(req: Request, schema: S): z.infer<S> {
  const search = new URL(req.url).searchParams;
  const repeated = [...new Set(search.keys())].filter((key) => search.getAll(key).length > 1);
  if (repeated.length) {
    throw new AppError("invalid_input", "A query parameter is given more than once.", {
      issues: repeated.map((key) => ({ path: [key], message: "Given more than once; give it once" })),
    });
  }
  const params = Object.fromEntries(search.entries());
  const unstorable = unstorableText(params);
  if (unstorable) throw unstorableError(unstorable, "A query parameter holds text that cannot be stored, such as NUL (%00).");
  const parsed = schema.safeParse(params);
  if (!parsed.success) throw AppError.fromZod(parsed.error, "The query parameters are not valid.");
  return parsed.data;
}
