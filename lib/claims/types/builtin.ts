// The built-in claim types of the public API, each a zod schema shared by the browser form and the
// server, plus which of its fields name entities (and of which kinds) and what the claim is about.
import { z } from "zod";
import type { TEntityKind } from "../../entities/schemas";
import { ZCount, ZEntityRef, ZPeriod } from "./shared";

export const OUTCOMES = ["killed", "executed", "arrested", "disappeared", "injured", "displaced", "other"] as const;

export const ZVictimCount = z
  .object({ count: ZCount, outcome: z.enum(OUTCOMES), event: ZEntityRef.optional(), place: ZEntityRef.optional(), period: ZPeriod.optional() })
  .strict();
export const ZRoleClaim = z
  .object({ person: ZEntityRef, role: z.string().trim().min(1, "is required").max(300), organization: ZEntityRef.optional(), period: ZPeriod.optional() })
  .strict();
export const ZEventClaim = z
  .object({ event: ZEntityRef, eventType: z.string().trim().min(1).max(200).optional(), place: ZEntityRef.optional(), period: ZPeriod.optional() })
  .strict();
export const ZStatementClaim = z.object({ speaker: ZEntityRef, quote: z.string().trim().min(1, "is required").max(20_000) }).strict();

export interface EntityField {
  field: string;
  kinds: TEntityKind[];
}

export interface ClaimTypeDefinition {
  id: string;
  name: string;
  builtIn: boolean;
  schema: z.ZodType<Record<string, unknown>>;
  entityFields: EntityField[];
  /** The entity field that says what the claim is about, for grouping in the compare view. */
  subjectField?: string;
  /** The field holding a count, when the type has one. */
  countField?: string;
}

export const BUILTIN_TYPES: Record<string, ClaimTypeDefinition> = {
  victim_count: {
    id: "victim_count",
    name: "Victim count",
    builtIn: true,
    schema: ZVictimCount,
    entityFields: [{ field: "event", kinds: ["event"] }, { field: "place", kinds: ["place"] }],
    subjectField: "event",
    countField: "count",
  },
  role: {
    id: "role",
    name: "Role",
    builtIn: true,
    schema: ZRoleClaim,
    entityFields: [{ field: "person", kinds: ["person"] }, { field: "organization", kinds: ["organization"] }],
    subjectField: "person",
  },
  event: {
    id: "event",
    name: "Event",
    builtIn: true,
    schema: ZEventClaim,
    entityFields: [{ field: "event", kinds: ["event"] }, { field: "place", kinds: ["place"] }],
    subjectField: "event",
  },
  statement: {
    id: "statement",
    name: "Statement",
    builtIn: true,
    schema: ZStatementClaim,
    entityFields: [{ field: "speaker", kinds: ["person", "organization"] }],
    subjectField: "speaker",
  },
};
