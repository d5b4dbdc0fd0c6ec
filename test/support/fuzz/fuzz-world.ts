// The real data the fuzz runs against, made through the public API: a team (test/support/fixtures),
// one project per fuzzed route (so one route's accepted requests never change another's ground),
// and a project of the outsider whose ids serve as ids the caller must not reach.
import { POST as postAnnotation } from "@/app/api/v1/documents/[documentId]/annotations/route";
import { POST as postVersion } from "@/app/api/v1/documents/[documentId]/versions/route";
import { POST as review } from "@/app/api/v1/claims/[claimId]/reviews/route";
import { POST as submit } from "@/app/api/v1/claims/[claimId]/submit/route";
import { POST as postClaim } from "@/app/api/v1/projects/[projectId]/claims/route";
import { POST as postDocument } from "@/app/api/v1/projects/[projectId]/documents/route";
import { POST as postEntity } from "@/app/api/v1/projects/[projectId]/entities/route";
import { call, type CallOptions, type JsonBody } from "../api";
import { createProject, createTeam, createTeamProject, createUser, type Team, type TestUser } from "../fixtures";

export type Principal = "owner" | "reviewer" | "annotator" | "anonymous";

export const SOURCE_TEXT = [
  "In the summer of 1988 the regime executed 30,000 political prisoners.",
  "A delegation called the Death Commission was formed to implement the fatwa.",
  "Members of the commission hold office today.",
].join("\n\n");

export interface FuzzWorld {
  team: Team;
  /** Signs in and up in the account routes' fuzz, so rate limits there never lock out the team. */
  account: TestUser;
  /** Ids in the outsider's own project: real, but not the caller's to touch. */
  foreignIds: string[];
}

export interface Space {
  world: FuzzWorld;
  projectId: string;
  token(principal: Principal): string | undefined;
  /** Fixture parts a route's renewals can share (a document to annotate, say), made once. */
  memo<T>(key: string, make: () => Promise<T>): Promise<T>;
}

type Handler<P> = (req: Request, ctx: { params: Promise<P> }) => Promise<Response>;

/** Calls a handler and insists on the status a fixture step needs. */
export async function must<P>(status: number, handler: Handler<P>, options: CallOptions<P>): Promise<JsonBody> {
  const res = await call(handler, options);
  if (res.status !== status) throw new Error(`fixture step answered ${res.status}, not ${status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

function spaceOf(world: FuzzWorld, projectId: string, users: Record<Exclude<Principal, "anonymous">, TestUser>): Space {
  const made = new Map<string, Promise<unknown>>();
  return {
    world,
    projectId,
    token: (p) => (p === "anonymous" ? undefined : users[p].token),
    memo: <T>(key: string, make: () => Promise<T>) => {
      if (!made.has(key)) made.set(key, make());
      return made.get(key) as Promise<T>;
    },
  };
}

export async function newSpace(world: FuzzWorld): Promise<Space> {
  return spaceOf(world, await createTeamProject(world.team), world.team);
}

export async function createDocument(space: Space, text = SOURCE_TEXT): Promise<string> {
  const body = { title: "Source", text, sourceUrl: "https://example.org/source", publisher: "Example News" };
  return (await must(201, postDocument, { token: space.token("annotator"), params: { projectId: space.projectId }, body })).id;
}

const SPAN = "30,000 political prisoners";

export async function createAnnotation(space: Space, documentId: string, start = SOURCE_TEXT.indexOf(SPAN), end = start + SPAN.length, who: Principal = "annotator"): Promise<string> {
  return (await must(201, postAnnotation, { token: space.token(who), params: { documentId }, body: { start, end } })).id;
}

export async function createEntity(space: Space, name = "Amnesty International", kind = "organization"): Promise<string> {
  const body = { kind, name };
  return (await must(201, postEntity, { token: space.token("owner"), params: { projectId: space.projectId }, body })).id;
}

export interface DraftClaim {
  claimId: string;
  documentId: string;
  annotationId: string;
  entityId: string;
}

export function claimBody(annotationId: string, entityId: string) {
  return {
    type: "victim_count",
    fields: { count: { kind: "at_least", value: 30000 }, outcome: "executed" },
    evidence: [annotationId],
    attribution: { assertedBy: entityId, stance: "asserts" },
  };
}

/** A draft by the annotator, on a span of a new document. */
export async function createDraftClaim(space: Space): Promise<DraftClaim> {
  const documentId = await createDocument(space);
  const [annotationId, entityId] = await Promise.all([createAnnotation(space, documentId), createEntity(space)]);
  const body = claimBody(annotationId, entityId);
  const claimId = (await must(201, postClaim, { token: space.token("annotator"), params: { projectId: space.projectId }, body })).id;
  return { claimId, documentId, annotationId, entityId };
}

export async function createSubmittedClaim(space: Space): Promise<DraftClaim> {
  const draft = await createDraftClaim(space);
  await must(200, submit, { method: "POST", token: space.token("annotator"), params: { claimId: draft.claimId } });
  return draft;
}

export async function createApprovedClaim(space: Space): Promise<DraftClaim> {
  const claim = await createSubmittedClaim(space);
  await must(201, review, { token: space.token("reviewer"), params: { claimId: claim.claimId }, body: { decision: "approve" } });
  return claim;
}

/** An annotation lost when its words disappear from the document's next version. */
export async function createOrphan(space: Space): Promise<{ annotationId: string; newDocumentId: string }> {
  const documentId = await createDocument(space);
  const lost = "hold office today";
  const start = SOURCE_TEXT.indexOf(lost);
  const annotationId = await createAnnotation(space, documentId, start, start + lost.length);
  const text = SOURCE_TEXT.replace("\n\nMembers of the commission hold office today.", "");
  const version = await must(201, postVersion, { token: space.token("annotator"), params: { documentId }, body: { text } });
  if (version.reanchoring?.orphaned !== 1) throw new Error(`expected one orphan, got ${JSON.stringify(version.reanchoring)}`);
  return { annotationId, newDocumentId: version.id };
}

export async function createWorld(): Promise<FuzzWorld> {
  const [team, account] = await Promise.all([createTeam(), createUser("account")]);
  const outsider = team.outsider;
  const foreign = spaceOf({ team, account, foreignIds: [] }, await createProject(outsider), { owner: outsider, reviewer: outsider, annotator: outsider });
  const claim = await createDraftClaim(foreign);
  const foreignIds = [foreign.projectId, claim.documentId, claim.annotationId, claim.entityId, claim.claimId, outsider.id, outsider.tokenId];
  return { team, account, foreignIds };
}
