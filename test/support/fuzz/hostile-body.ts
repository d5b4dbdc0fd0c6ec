// Hostile request bodies, planned by fast-check and written out against a route's valid example
// body at run time (the example's ids change as fixtures are renewed): field-by-field mutations of
// the valid shape, malformed JSON, deep nesting, oversized bodies, invalid UTF-8, other JSON.
import fc from "fast-check";
import { RAW_NUMBER_LITERALS, trickyString, wrongTypedValue } from "./hostile-values";

/** `at` picks one node of the example (root included), modulo their number. */
export type Edit =
  | { op: "set"; at: number; value: unknown }
  | { op: "raw"; at: number; literal: string }
  | { op: "delete"; at: number }
  | { op: "addKey"; at: number; key: string; value: unknown };

export type BodyPlan =
  | { kind: "valid" }
  | { kind: "mutate"; edits: Edit[] }
  | { kind: "text"; text: string }
  | { kind: "truncate"; at: number }
  | { kind: "deep"; depth: number; shape: "array" | "object"; at: number }
  | { kind: "oversized"; how: "declared" | "streamed" | "field" | "within" }
  | { kind: "bytes"; bytes: number[] }
  | { kind: "none" }
  | { kind: "other"; value: unknown };

const POLLUTING_KEYS = ["__proto__", "constructor", "prototype"];

const rawLiteral = fc.oneof(
  fc.constantFrom(...RAW_NUMBER_LITERALS),
  fc.constantFrom("NaN", "Infinity", "-Infinity", "undefined", "'single'", "0x10", "01", ".5", "+1"),
);

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant("set" as const), at: fc.nat(), value: wrongTypedValue }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("set" as const), at: fc.nat(), value: trickyString }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("raw" as const), at: fc.nat(), literal: rawLiteral }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("delete" as const), at: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant("addKey" as const),
      at: fc.nat(),
      key: fc.oneof(fc.constantFrom(...POLLUTING_KEYS), trickyString),
      value: fc.oneof(fc.constant({ polluted: true }), wrongTypedValue),
    }),
  },
);

const MALFORMED_JSON = [
  "", " ", "{", "}", "[", '{"a":}', "{'a':1}", "[1,]", '{"a":1,}', "NaN", "undefined", "\uFEFF{}", "{} {}", "/* c */{}",
  '{"a":1}garbage', "\u0000", "nul", '"unterminated', '{"a":"\\u12"}', '{"a":"\\x41"}', "{\"a\":\"line\nbreak\"}", '{"a" 1}',
];

const INVALID_UTF8: readonly number[][] = [[0xff, 0xfe], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0x80]];

export const bodyPlan: fc.Arbitrary<BodyPlan> = fc.oneof(
  { weight: 2, arbitrary: fc.constant({ kind: "valid" as const }) },
  { weight: 14, arbitrary: fc.record({ kind: fc.constant("mutate" as const), edits: fc.array(edit, { minLength: 1, maxLength: 3 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("text" as const), text: fc.oneof(fc.constantFrom(...MALFORMED_JSON), fc.string({ maxLength: 60 })) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant("deep" as const), depth: fc.constantFrom(64, 1_000, 10_000, 100_000), shape: fc.constantFrom("array" as const, "object" as const), at: fc.nat() }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("oversized" as const), how: fc.constantFrom("declared" as const, "streamed" as const, "field" as const, "within" as const) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("bytes" as const),
      bytes: fc.oneof(fc.constantFrom(...INVALID_UTF8), fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 32 })),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: "none" as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("other" as const), value: fc.oneof(fc.jsonValue({ maxDepth: 4 }), wrongTypedValue) }) },
);

type Path = (string | number)[];

/** Every node of a JSON value, root first. */
function nodePaths(value: unknown, path: Path = []): Path[] {
  const out: Path[] = [path];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...nodePaths(v, [...path, i])));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) out.push(...nodePaths(v, [...path, k]));
  return out;
}

function defineOwn(target: Record<string | number, unknown>, key: string | number, value: unknown): void {
  // Plain assignment of "__proto__" would set the prototype instead of sending the key. A copy,
  // because fast-check hands out the same constant objects to many cases.
  Object.defineProperty(target, key, { value: structuredClone(value), enumerable: true, writable: true, configurable: true });
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);

const rawMarker = (i: number) => `\u0001RAW${i}\u0001`;

/** Applies edits to a copy of the example and writes it as JSON text (raw literals spliced in). */
export function applyEdits(example: unknown, edits: readonly Edit[]): string {
  let root: unknown = structuredClone(example ?? {});
  const raws: string[] = [];
  for (const e of edits) {
    const paths = nodePaths(root);
    const path = paths[e.at % paths.length] ?? [];
    const value = e.op === "raw" ? rawMarker(raws.push(e.literal) - 1) : e.op === "set" ? e.value : undefined;
    if (path.length === 0) {
      if (e.op === "set" || e.op === "raw") root = structuredClone(value);
      else if (e.op === "addKey" && isObject(root)) defineOwn(root, e.key, e.value);
      continue;
    }
    const parent = path.slice(0, -1).reduce<unknown>((node, k) => (node as Record<string | number, unknown>)[k], root) as Record<string | number, unknown>;
    const key = path[path.length - 1]!;
    if (e.op === "delete") {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else if (e.op === "addKey") {
      // Only objects: JSON has no named keys on arrays (and a "constructor" there breaks splice).
      const node = parent[key];
      if (isObject(node)) defineOwn(node, e.key, e.value);
      else if (isObject(parent)) defineOwn(parent, e.key, e.value);
    } else {
      defineOwn(parent, key, value);
    }
  }
  let text = JSON.stringify(root) ?? "null";
  raws.forEach((literal, i) => {
    text = text.replace(JSON.stringify(rawMarker(i)), literal);
  });
  return text;
}

export function deepText(depth: number, shape: "array" | "object"): string {
  return shape === "array" ? "[".repeat(depth) + "]".repeat(depth) : '{"a":'.repeat(depth) + "1" + "}".repeat(depth);
}

/** Nodes of the example that a deep value can replace. */
export function nodeCount(example: unknown): number {
  return nodePaths(example ?? {}).length;
}
