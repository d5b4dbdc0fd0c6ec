// The project every cell of the authorisation matrix acts on, made through the public API, and
// factories for fresh targets: a cell that changes something gets its own document, annotation,
// claim, member or token, so an allowed cell never spoils the next one.
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { DELETE as revokeToken } from "@/app/api/v1/tokens/[tokenId]/route";
import { POST as postToken } from "@/app/api/v1/tokens/route";
import { POST as postAnnotation } from "@/app/api/v1/documents/[documentId]/annotations/route";
import { POST as postVersion } from "@/app/api/v1/documents/[documentId]/versions/route";
import { POST as postAssignment } from "@/app/api/v1/projects/[projectId]/assignments/route";
import { POST as submitClaim } from "@/app/api/v1/claims/[claimId]/submit/route";
import { POST as postClaim } from "@/app/api/v1/projects/[projectId]/claims/route";
import { POST as postDocument } from "@/app/api/v1/projects/[projectId]/documents/route";
import { POST as postEntity } from "@/app/api/v1/projects/[projectId]/entities/route";
import { POST as postRelease } from "@/app/api/v1/projects/[projectId]/releases/route";
import type { Principal } from "@/lib/access/authorization-matrix";
import { call, type CallResult, type JsonBody } from "../api";
import { addMember, createTeam, createUser, type Team, type TestUser } from "../fixtures";

export const TEXT = "In the summer of 1988 the regime executed thousands of political prisoners. A delegation called the Death Commission decided their fate.";

async function ok(promise: Promise<CallResult>, status = 201): Promise<JsonBody> {
  const res = await promise;
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body;
}

export interface World {
  team: Team;
  projectId: string;
  /** The owner's token, revoked through the API. */
  revokedToken: string;
  /** Someone outside the project whose password the public routes are given. */
  signer: TestUser;
  documentId: string;
  annotationId: string;
  entityId: string;
  claimId: string;
  releases: [string, string];
  /** Who a cell acts as: a member, the outsider, or nobody. */
  userOf(p: Principal): TestUser | undefined;
  /** The caller's own user where their role can own the resource, else the annotator. */
  author(p: Principal): TestUser;
  newDocument(by?: TestUser): Promise<string>;
  newAnnotation(by: TestUser): Promise<string>;
  newEntity(by?: TestUser, kind?: string): Promise<string>;
  newDraft(by: TestUser): Promise<string>;
  newSubmitted(): Promise<string>;
  newOrphan(): Promise<string>;
  newUser(): Promise<TestUser>;
  newViewer(): Promise<TestUser>;
  newToken(user: TestUser): Promise<string>;
  newAssignment(to: TestUser): Promise<string>;
}

const AUTHORS: readonly Principal[] = ["owner", "reviewer", "annotator"];

export async function createWorld(): Promise<World> {
  const [team, signer] = await Promise.all([createTeam(), createUser("signer")]);
  const { projectId, owner, annotator } = team;
  const p = { projectId };

  const doomed = await ok(call(postToken, { body: { email: owner.email, password: owner.password, name: "revoked" } }));
  await ok(call(revokeToken, { method: "DELETE", token: owner.token, params: { tokenId: doomed.id } }), 204);

  const newDocument = async (by: TestUser = annotator) =>
    (await ok(call(postDocument, { token: by.token, params: p, body: { title: `Source ${randomUUID()}`, text: TEXT } }))).id as string;
  const documentId = await newDocument();
  let spans = 0;
  const newAnnotation = async (by: TestUser, on = documentId) => {
    const start = spans++ % 40;
    return (await ok(call(postAnnotation, { token: by.token, params: { documentId: on }, body: { start, end: start + 10 } }))).id as string;
  };
  const newEntity = async (by: TestUser = annotator, kind = "person") =>
    (await ok(call(postEntity, { token: by.token, params: p, body: { kind, name: `Witness ${randomUUID()}` } }))).id as string;
  const annotationId = await newAnnotation(annotator);
  const entityId = await newEntity();
  const newDraft = async (by: TestUser) =>
    (
      await ok(
        call(postClaim, {
          token: by.token,
          params: p,
          body: { type: "statement", fields: { speaker: entityId, quote: "thousands" }, evidence: [annotationId], attribution: { assertedBy: entityId, stance: "asserts" } },
        }),
      )
    ).id as string;
  const newSubmitted = async () => {
    const id = await newDraft(annotator);
    await ok(call(submitClaim, { token: annotator.token, params: { claimId: id } }), 200);
    return id;
  };
  const claimId = await newDraft(annotator);
  const release = async (name: string) => (await ok(call(postRelease, { token: owner.token, params: p, body: { name } }))).id as string;
  const releases: [string, string] = [await release("First"), await release("Second")];

  const userOf = (who: Principal): TestUser | undefined =>
    who === "anonymous" || who === "revoked" ? undefined : team[who];

  return {
    team,
    projectId,
    revokedToken: doomed.token,
    signer,
    documentId,
    annotationId,
    entityId,
    claimId,
    releases,
    userOf,
    author: (who) => (AUTHORS.includes(who) ? (userOf(who) ?? annotator) : annotator),
    newDocument,
    newAnnotation: (by) => newAnnotation(by),
    newEntity,
    newDraft,
    newSubmitted,
    async newOrphan() {
      const doc = await newDocument();
      const orphan = await ok(call(postAnnotation, { token: annotator.token, params: { documentId: doc }, body: { quote: { exact: "executed thousands of political prisoners" } } }));
      await ok(call(postVersion, { token: annotator.token, params: { documentId: doc }, body: { text: TEXT.replace("executed thousands of political prisoners", "acted") } }));
      return orphan.id as string;
    },
    newUser: () => createUser("member"),
    async newViewer() {
      const user = await createUser("member");
      await addMember(owner, projectId, user, "viewer");
      return user;
    },
    async newToken(user: TestUser) {
      return (await ok(call(postToken, { body: { email: user.email, password: user.password } }))).id as string;
    },
    async newAssignment(to: TestUser) {
      const doc = await newDocument();
      return (await ok(call(postAssignment, { token: owner.token, params: p, body: { documentId: doc, userId: to.id } }))).id as string;
    },
  };
}
