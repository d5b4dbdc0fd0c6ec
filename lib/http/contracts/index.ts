// Every route contract of /api/v1, for the OpenAPI document. A route file without a contract
// here fails app/api/v1/openapi.json/route.test.ts.
import type { RouteContract } from "../contract";
import * as accounts from "./accounts";
import * as annotations from "./annotations";
import * as backups from "./backups";
import * as captures from "./captures";
import * as claims from "./claims";
import * as documents from "./documents";
import * as entities from "./entities";
import * as exports from "./exports";
import * as layouts from "./layouts";
import * as log from "./log";
import * as meta from "./meta";
import * as projects from "./projects";
import * as reviews from "./reviews";
import * as search from "./search";
import * as sources from "./sources";
import * as suggestions from "./suggestions";

const isPlainObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype;

/** The contracts a module exports, also inside plain groups such as `{ list, create }`. */
function contractsIn(module: Record<string, unknown>): RouteContract[] {
  return Object.values(module).flatMap((value) => {
    if (!isPlainObject(value)) return [];
    return "operationId" in value && "path" in value ? [value as unknown as RouteContract] : contractsIn(value);
  });
}

export const ALL_CONTRACTS: readonly RouteContract[] = [accounts, projects, documents, annotations, entities, claims, reviews, exports, backups, meta, search, sources, suggestions, captures, log, layouts].flatMap((m) =>
  contractsIn(m as Record<string, unknown>),
);
