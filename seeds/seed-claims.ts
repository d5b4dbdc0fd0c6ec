// Loads the demo claims (seeds/demo-claims.json) into the demo project as the demo annotator: the
// entities, the evidence spans by exact quote, and the claims, through the product's own functions
// so each writes its provenance event. Fixed ids make it safe to run on every start.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as z from "zod";
import type { ProjectAccess } from "../lib/access/authorize-project";
import { createAnnotation } from "../lib/annotations/create-annotation";
import { ZQuote } from "../lib/annotations/schemas";
import { createClaim } from "../lib/claims/create-claim";
import { ZCreateClaim } from "../lib/claims/schemas";
import { submitClaim } from "../lib/claims/submit-claim";
import { db } from "../lib/db/client";
import { createEntity } from "../lib/entities/create-entity";
import { ZCreateEntity } from "../lib/entities/schemas";

const here = path.dirname(fileURLToPath(import.meta.url));

export const ZDemoClaims = z
  .object({
    entities: z.array(ZCreateEntity.extend({ id: z.string().regex(/^ent_seed_[a-z0-9_]+$/) })),
    annotations: z.array(z.object({ id: z.string().regex(/^ann_seed_\d{3}$/), document: z.string(), quote: ZQuote }).strict()),
    claims: z.array(ZCreateClaim.extend({ id: z.string().regex(/^clm_seed_\d{3}$/), status: z.enum(["draft", "submitted"]) })),
  })
  .strict();
export type TDemoClaims = z.infer<typeof ZDemoClaims>;

export interface ClaimsSeedReport {
  entitiesCreated: number;
  annotationsCreated: number;
  claimsCreated: number;
}

export async function readDemoClaims(): Promise<TDemoClaims> {
  return ZDemoClaims.parse(JSON.parse(await readFile(path.join(here, "demo-claims.json"), "utf8")));
}

async function existingIds(table: "entity" | "annotation", ids: string[]): Promise<Set<string>> {
  const query = { where: { id: { in: ids } }, select: { id: true } } as const;
  const rows = table === "entity" ? await db().entity.findMany(query) : await db().annotation.findMany(query);
  return new Set(rows.map((r) => r.id));
}

/** What is there already is left as it is; a quote that is missing or ambiguous stops the seed. */
export async function seedClaims(annotator: ProjectAccess, data?: TDemoClaims): Promise<ClaimsSeedReport> {
  data ??= await readDemoClaims();
  const report: ClaimsSeedReport = { entitiesCreated: 0, annotationsCreated: 0, claimsCreated: 0 };

  const entities = await existingIds("entity", data.entities.map((e) => e.id));
  for (const { id, ...input } of data.entities) {
    if (entities.has(id)) continue;
    await createEntity(annotator, input, { id });
    report.entitiesCreated += 1;
  }

  const annotations = await existingIds("annotation", data.annotations.map((a) => a.id));
  for (const a of data.annotations) {
    if (annotations.has(a.id)) continue;
    try {
      await createAnnotation(annotator, a.document, { quote: a.quote }, { id: a.id });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`seeds/demo-claims.json: ${a.id} (${a.document}, "${a.quote.exact}"): ${reason}`, { cause: error });
    }
    report.annotationsCreated += 1;
  }

  const rows = await db().claim.findMany({ where: { id: { in: data.claims.map((c) => c.id) } }, select: { id: true, status: true } });
  const statuses = new Map(rows.map((r) => [r.id, r.status]));
  for (const { id, status, ...input } of data.claims) {
    if (!statuses.has(id)) {
      await createClaim(annotator, input, { id });
      report.claimsCreated += 1;
    }
    // A run stopped between creating and submitting a claim finishes the job the next time.
    if (status === "submitted" && (statuses.get(id) ?? "draft") === "draft") await submitClaim(annotator, id);
  }
  return report;
}
