// Generates the claims, each resting on one annotation (claim i on annotation i), with their
// evidence rows and the entities they mention; every hundredth is a victim count about the big
// event, so that event has 10,000 claims to compare.
import type postgres from "postgres";
import { Prng } from "../anchoring/prng";
import { annotationId, BASE_TIME, claimId, documentId, iso, type ScaleConfig } from "./config";
import { generateClaim } from "./claim-row";
import { CopyStream } from "./copy";
import type { World } from "./entities";

const CLAIM = ["id", "projectId", "type", "fields", "status", "version", "assertedById", "reportedById", "via", "stance", "modality", "subjectEntityId", "countMin", "countMax", "credibility", "searchText", "createdById", "createdAt", "updatedAt"];
const EVIDENCE = ["projectId", "claimId", "annotationId", "documentId", "position"];
const CLAIM_ENTITY = ["projectId", "claimId", "entityId", "role"];

export async function loadClaims(sql: postgres.Sql, world: World, config: ScaleConfig, progress: (done: number) => void) {
  const rng = new Prng(1367);
  const claims = await CopyStream.open(sql, "Claim", CLAIM);
  const evidence = await CopyStream.open(sql, "ClaimEvidence", EVIDENCE);
  const mentions = await CopyStream.open(sql, "ClaimEntity", CLAIM_ENTITY);
  const annotations = config.documents * config.annotationsPerDocument;
  const bigEvery = Math.max(1, Math.floor(config.claims / config.bigEventClaims));
  const { projectId, userId } = config;
  for (let i = 0; i < config.claims; i++) {
    const c = generateClaim(rng, world, i % bigEvery === 42 % bigEvery);
    const id = claimId(i);
    const at = iso(BASE_TIME + i * 6_000);
    await claims.row([
      id, projectId, c.type, JSON.stringify(c.fields), c.status, 1, c.assertedById, c.reportedById, c.via, c.stance, c.modality,
      c.subjectEntityId, c.countMin, c.countMax, c.credibility, c.searchText, userId, at, at,
    ]);
    const a = i % annotations;
    await evidence.row([projectId, id, annotationId(a), documentId(Math.floor(a / config.annotationsPerDocument)), 0]);
    for (const e of c.entities) await mentions.row([projectId, id, e.entityId, e.role]);
    if (i % 50_000 === 49_999) progress(i + 1);
  }
  const [Claim, ClaimEvidence, ClaimEntity] = await Promise.all([claims.end(), evidence.end(), mentions.end()]);
  return { Claim, ClaimEvidence, ClaimEntity };
}
