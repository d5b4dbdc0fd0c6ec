// Runs fast-check's hostile requests against one write route and checks, for each: never a 5xx;
// a refused request (4xx) leaves every table's row count and the event log as they were and
// answers the API's error shape; an accepted one (2xx) can be read back. Counts what it saw.
import fc from "fast-check";
import { GET as verifyEvents } from "@/app/api/v1/projects/[projectId]/events/verify/route";
import { pathParamNames } from "@/lib/http/contract";
import { fieldSweep } from "./field-sweep";
import { type DatabaseSnapshot, databaseSnapshot, snapshotChanges } from "./database-snapshot";
import type { FuzzTarget, ValidRequest } from "./fuzz-target";
import { type FuzzWorld, newSpace, type Space } from "./fuzz-world";
import { buildRequest, type CasePlan, casePlan } from "./hostile-request";
import type { WriteRoute } from "./write-routes";

export interface RouteStats {
  key: string;
  cases: number;
  accepted: number;
  /** Answers by status, 2xx included. */
  byStatus: Record<number, number>;
  serverErrors: number;
  changedOnReject: number;
  /** Accepted requests whose result could not be read back, and answers not in the error shape. */
  otherFailures: number;
  elapsedMs: number;
  /** The first few failures, with the plan that caused them. */
  samples: string[];
}

export interface FuzzOptions {
  runs: number;
  seed?: number;
  /** "assert": stop at the first failure and throw it (tests); "count": run every case (soak). */
  mode: "assert" | "count";
  /** The field-by-field cases first: a value per field ("one"), or every value ("all"). */
  sweep: "one" | "all";
}

function errorShapeProblem(text: string): string | null {
  try {
    const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown; issues?: unknown } };
    const e = body.error;
    return e && typeof e.code === "string" && typeof e.message === "string" && Array.isArray(e.issues) ? null : `not the error shape: ${text.slice(0, 200)}`;
  } catch {
    return `not JSON: ${text.slice(0, 200)}`;
  }
}

function prototypePolluted(): boolean {
  return Object.prototype.hasOwnProperty.call(Object.prototype, "polluted") || ({} as Record<string, unknown>).polluted !== undefined;
}

function describePlan(plan: CasePlan): string {
  return JSON.stringify(plan, (_k, v: unknown) => (typeof v === "string" && v.length > 120 ? `${v.slice(0, 60)}…(${v.length} chars)` : v));
}

export async function fuzzRoute(route: WriteRoute, target: FuzzTarget, world: FuzzWorld, options: FuzzOptions): Promise<RouteStats> {
  if (!route.contract) throw new Error(`${route.key} has no contract`);
  const method = route.contract.method;
  const paramNames = pathParamNames(route.contract.path);
  const space = await newSpace(world);
  let valid: ValidRequest = await target.prepare(space);
  const stats: RouteStats = { key: route.key, cases: 0, accepted: 0, byStatus: {}, serverErrors: 0, changedOnReject: 0, otherFailures: 0, elapsedMs: 0, samples: [] };
  const started = performance.now();
  valid = await acceptsValid(route, target, space, valid);

  let last: DatabaseSnapshot | undefined;
  const runCase = async (plan: CasePlan): Promise<void> => {
    const principal = target.principals[plan.principal % target.principals.length] ?? "anonymous";
    const built = buildRequest({ method, plan, valid, paramNames, foreignIds: world.foreignIds, token: space.token(principal), maxBodyBytes: route.contract?.maxBodyBytes });
    // Nothing but this loop writes, so the last case's "after" is this one's "before".
    const before = last ?? (await databaseSnapshot());
    const res = await route.handler(built.req, { params: Promise.resolve(built.params) });
    const text = await res.text();
    const after = await databaseSnapshot();
    last = after;
    stats.cases += 1;
    stats.byStatus[res.status] = (stats.byStatus[res.status] ?? 0) + 1;
    const problems: string[] = [];
    if (res.status >= 500) {
      stats.serverErrors += 1;
      problems.push(`answered ${res.status}: ${text.slice(0, 300)}`);
    } else if (res.status >= 400) {
      const changes = snapshotChanges(before, after, target.writesWhenRefused);
      if (changes.length > 0) {
        stats.changedOnReject += 1;
        problems.push(`answered ${res.status} but changed ${changes.join("; ")}`);
      }
      const shape = errorShapeProblem(text);
      if (shape) {
        stats.otherFailures += 1;
        problems.push(`answered ${res.status}, ${shape}`);
      }
    } else if (res.status >= 300) {
      stats.otherFailures += 1;
      problems.push(`answered ${res.status}, which no write route of this API answers`);
    } else {
      stats.accepted += 1;
      try {
        await target.readBack(space, { valid, params: built.params, body: text ? JSON.parse(text) : null });
      } catch (error) {
        stats.otherFailures += 1;
        problems.push(`answered ${res.status} (${text.slice(0, 200)}), then ${(error as Error).message}`);
      }
      if ((target.renew ?? "always") === "always") valid = await target.prepare(space);
      last = undefined;
    }
    if (prototypePolluted()) {
      stats.otherFailures += 1;
      problems.push("Object.prototype was polluted");
    }
    if (problems.length === 0) return;
    const report = `${route.key}: ${problems.join("; ")}\n  plan: ${describePlan(plan)}`;
    if (stats.samples.length < 5) stats.samples.push(report);
    if (options.mode === "assert") throw new Error(report);
  };

  const examples = fieldSweep(valid, target, paramNames.length, options.sweep).map((plan) => [plan] as [CasePlan]);
  await fc.assert(fc.asyncProperty(casePlan(paramNames.length), runCase), {
    examples,
    // fast-check counts examples among its runs; the random cases come on top of the sweep.
    numRuns: options.runs + examples.length,
    endOnFailure: true,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  });
  const chain = await verifyChain(space.projectId, space.token("owner"));
  if (chain) {
    stats.otherFailures += 1;
    stats.samples.push(`${route.key}: ${chain}`);
    if (options.mode === "assert") throw new Error(chain);
  }
  stats.elapsedMs = performance.now() - started;
  return stats;
}

/** Sends each valid body as it is, expecting 2xx: mutations must start from a shape the route accepts. */
async function acceptsValid(route: WriteRoute, target: FuzzTarget, space: Space, first: ValidRequest): Promise<ValidRequest> {
  const principal = target.principals.includes("owner") ? "owner" : (target.principals[0] ?? "anonymous");
  const paramNames = pathParamNames(route.contract?.path ?? "");
  let valid = first;
  const variants = 1 + (first.alternatives?.length ?? 0);
  for (let variant = 0; variant < variants; variant++) {
    const plan: CasePlan = { principal: 0, variant, params: paramNames.map(() => ({ choice: "valid" })), query: null, contentType: undefined, headers: {}, body: { kind: "valid" } };
    const built = buildRequest({ method: route.contract?.method ?? "POST", plan, valid, paramNames, foreignIds: [], token: space.token(principal), maxBodyBytes: undefined });
    const res = await route.handler(built.req, { params: Promise.resolve(built.params) });
    const text = await res.text();
    if (res.status >= 300) throw new Error(`${route.key}: the fixture's valid request ${variant} answered ${res.status}: ${text.slice(0, 300)}`);
    await target.readBack(space, { valid, params: built.params, body: text ? JSON.parse(text) : null });
    if ((target.renew ?? "always") === "always") valid = await target.prepare(space);
  }
  return valid;
}

/** The route's project's hash chain still verifies after all of it, or what is wrong. */
async function verifyChain(projectId: string, token: string | undefined): Promise<string | null> {
  const res = await verifyEvents(new Request("http://localhost:3000/verify", { headers: { authorization: `Bearer ${token}` } }), { params: Promise.resolve({ projectId }) });
  const body = (await res.json()) as { ok?: boolean };
  return res.status === 200 && body.ok === true ? null : `the event chain no longer verifies: ${JSON.stringify(body)}`;
}
