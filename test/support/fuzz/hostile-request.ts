// One hostile request: who sends it, which path parameters, query, headers and body. Planned by
// fast-check, then written out against the route's current fixture (its real ids and valid body).
import fc from "fast-check";
import { DEFAULT_MAX_BODY_BYTES } from "@/lib/http/read-json";
import { randomClientAddress } from "../api";
import type { ValidRequest } from "./fuzz-target";
import { applyEdits, type BodyPlan, bodyPlan, deepText } from "./hostile-body";
import { hostileId, trickyString } from "./hostile-values";

export type ParamPlan = { choice: "valid" } | { choice: "hostile"; value: string } | { choice: "foreign"; index: number };

export interface CasePlan {
  principal: number;
  /** Which of the fixture's valid bodies the body plan starts from. */
  variant: number;
  params: ParamPlan[];
  query: string | null;
  contentType: string | null | undefined;
  headers: Record<string, string>;
  body: BodyPlan;
}


const paramPlan: fc.Arbitrary<ParamPlan> = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ choice: "valid" as const }) },
  { weight: 1, arbitrary: fc.record({ choice: fc.constant("hostile" as const), value: hostileId }) },
  { weight: 1, arbitrary: fc.record({ choice: fc.constant("foreign" as const), index: fc.nat() }) },
);

const queryPlan: fc.Arbitrary<string | null> = fc.oneof(
  { weight: 8, arbitrary: fc.constant(null) },
  {
    weight: 2,
    arbitrary: fc.oneof(
      fc.constantFrom("?documentId=%00", "?documentId=", "?limit=-1", "?limit=1e400", "?__proto__[x]=1", "?a=%ZZ&b=%", "?documentId=" + "x".repeat(5000), "?documentId=a&documentId=b", "?%00=%00"),
      fc.dictionary(fc.oneof(fc.constantFrom("documentId", "limit", "cursor", "__proto__"), fc.string({ maxLength: 8 })), trickyString, { maxKeys: 3 }).map((d) => {
        const q = new URLSearchParams();
        for (const [k, v] of Object.entries(d)) q.append(k, v);
        return `?${q.toString()}`;
      }),
    ),
  },
);

const HOSTILE_CONTENT_TYPES = [
  "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=----x", "application/json; charset=utf-16",
  "application/jsonp", "APPLICATION/JSON", "application/vnd.api+json", "", "application/json, text/html", "json", "*/*", "application/ json",
];

const contentTypePlan: fc.Arbitrary<string | null | undefined> = fc.oneof(
  { weight: 10, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_CONTENT_TYPES) },
);

const headersPlan: fc.Arbitrary<Record<string, string>> = fc.oneof(
  { weight: 10, arbitrary: fc.constant({}) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<Record<string, string>>(
      // An empty authorization header drops the token, so the session cookie is what is read.
      { authorization: "", cookie: "next-auth.session-token=%E0%A4%A" },
      { authorization: "", cookie: "a=%; b=%ZZ; =; ;;" },
      { authorization: "", cookie: "next-auth.session-token=eyJhbGciOiJub25lIn0.e30." },
      { authorization: "", cookie: `next-auth.session-token=${"A".repeat(8000)}` },
      { authorization: "Bearer" },
      { authorization: "Basic Zm9vOmJhcg==" },
      { authorization: `Bearer pwb_${"x".repeat(300)}` },
      { authorization: "Bearer pwb_%00" },
      { "x-forwarded-for": "not-an-address, ::1, 999.1.1.1" },
      { "x-forwarded-for": "x".repeat(4000) },
      { "content-length": "99999999999" },
      { "content-length": "-1" },
      { origin: "https://evil.example" },
    ),
  },
);

export function casePlan(paramCount: number): fc.Arbitrary<CasePlan> {
  return fc.record({
    principal: fc.nat(),
    variant: fc.nat(),
    params: fc.array(paramPlan, { minLength: paramCount, maxLength: paramCount }),
    query: queryPlan,
    contentType: contentTypePlan,
    headers: headersPlan,
    body: bodyPlan,
  });
}

const bigStrings = new Map<number, string>();
function bigString(length: number): string {
  let s = bigStrings.get(length);
  if (!s) bigStrings.set(length, (s = "x".repeat(length)));
  return s;
}

/** Largest text a body may carry within its ceiling that still is over every field's own limit. */
const WITHIN_BYTES = 6 * 1024 * 1024;

function bodyBytes(plan: BodyPlan, example: unknown, maxBytes: number): { body: string | Uint8Array | undefined; headers?: Record<string, string> } {
  switch (plan.kind) {
    case "valid":
      return { body: JSON.stringify(example ?? {}) };
    case "mutate":
      return { body: applyEdits(example, plan.edits) };
    case "text":
      return { body: plan.text };
    case "truncate": {
      const text = JSON.stringify(example ?? {});
      return { body: text.slice(0, plan.at % Math.max(1, text.length)) };
    }
    case "deep":
      return { body: applyEdits(example, [{ op: "raw", at: plan.at, literal: deepText(plan.depth, plan.shape) }]) };
    case "oversized": {
      if (plan.how === "declared") return { body: JSON.stringify(example ?? {}), headers: { "content-length": String(maxBytes + 1) } };
      if (plan.how === "streamed") return { body: `{"x":"${bigString(maxBytes + 1)}"}` };
      const size = plan.how === "field" ? maxBytes + 1 : Math.min(maxBytes - 4096, WITHIN_BYTES);
      return { body: applyEdits(example, [{ op: "set", at: 1, value: bigString(size) }]) };
    }
    case "bytes":
      return { body: Buffer.concat([Buffer.from('{"name":"'), Buffer.from(plan.bytes), Buffer.from('"}')]) };
    case "none":
      return { body: undefined };
    case "other":
      return { body: JSON.stringify(plan.value) ?? "null" };
  }
}

export interface BuiltRequest {
  req: Request;
  params: Record<string, string>;
  /** Whether every part of the request is the fixture's valid one (a 2xx is then expected). */
  allValid: boolean;
}

export function buildRequest(options: {
  method: string;
  plan: CasePlan;
  valid: ValidRequest;
  paramNames: readonly string[];
  foreignIds: readonly string[];
  token: string | undefined;
  maxBodyBytes: number | undefined;
}): BuiltRequest {
  const { plan, valid } = options;
  const params: Record<string, string> = {};
  options.paramNames.forEach((name, i) => {
    const p = plan.params[i] ?? { choice: "valid" };
    params[name] = p.choice === "hostile" ? p.value : p.choice === "foreign" ? (options.foreignIds[p.index % options.foreignIds.length] ?? "") : (valid.params[name] ?? "");
  });
  const examples = [valid.body, ...(valid.alternatives ?? [])];
  const example = examples[plan.variant % examples.length];
  const { body, headers: bodyHeaders } = bodyBytes(plan.body, example, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
  const headers = new Headers({ "x-forwarded-for": randomClientAddress(), ...valid.headers });
  if (options.token) headers.set("authorization", `Bearer ${options.token}`);
  if (plan.contentType !== null) headers.set("content-type", plan.contentType ?? "application/json");
  for (const [k, v] of Object.entries({ ...plan.headers, ...bodyHeaders })) headers.set(k, v);
  const url = new URL(`/api/v1/fuzz${plan.query ?? valid.query ?? ""}`, "http://localhost:3000");
  const req = new Request(url, { method: options.method, headers, body: body as BodyInit | undefined });
  const allValid =
    plan.params.every((p) => p.choice === "valid") && plan.query === null && plan.contentType === undefined && Object.keys(plan.headers).length === 0 && plan.body.kind === "valid";
  return { req, params, allValid };
}
