// The documented answers are the real ones: each main resource, as a route answers it, passes the
// response schema in the OpenAPI document and holds no field the document does not name.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getAnnotation } from "@/app/api/v1/annotations/[annotationId]/route";
import { POST as postClaimComment } from "@/app/api/v1/claims/[claimId]/comments/route";
import { GET as claimHistory } from "@/app/api/v1/claims/[claimId]/history/route";
import { GET as getClaim } from "@/app/api/v1/claims/[claimId]/route";
import { GET as listAnnotations, POST as postAnnotation } from "@/app/api/v1/documents/[documentId]/annotations/route";
import { GET as getDocument } from "@/app/api/v1/documents/[documentId]/route";
import { GET as getEntity } from "@/app/api/v1/entities/[entityId]/route";
import { GET as listClaimTypes } from "@/app/api/v1/projects/[projectId]/claim-types/route";
import { GET as listClaims, POST as postClaim } from "@/app/api/v1/projects/[projectId]/claims/route";
import { GET as listDocuments, POST as postDocument } from "@/app/api/v1/projects/[projectId]/documents/route";
import { GET as listEntities, POST as postEntity } from "@/app/api/v1/projects/[projectId]/entities/route";
import { GET as verifyEvents } from "@/app/api/v1/projects/[projectId]/events/verify/route";
import { GET as listEvents } from "@/app/api/v1/projects/[projectId]/events/route";
import { GET as listMembers } from "@/app/api/v1/projects/[projectId]/members/route";
import { GET as getProject } from "@/app/api/v1/projects/[projectId]/route";
import { GET as listProjects, POST as postProject } from "@/app/api/v1/projects/route";
import { GET as listTokens, POST as postToken } from "@/app/api/v1/tokens/route";
import { POST as postUser } from "@/app/api/v1/users/route";
import { call } from "../../support/api";
import { createTeam, type Team, uniqueEmail } from "../../support/fixtures";
import { openApiReader } from "../../support/openapi";

const reader = openApiReader();
let team: Team;
let ids: { projectId: string; documentId: string; annotationId: string; entityId: string; claimId: string };

beforeAll(async () => {
  team = await createTeam();
  const projectId = team.projectId;
  const annotator = team.annotator.token;
  const doc = await call(postDocument, { token: annotator, params: { projectId }, body: { title: "Report", text: "Amnesty says 4,482 were executed.", publisher: "Amnesty" } });
  reader.expectDocumented(doc, "/projects/{projectId}/documents", "POST", 201);
  const ann = await call(postAnnotation, { token: annotator, params: { documentId: doc.body.id }, body: { quote: { exact: "4,482 were executed" } } });
  reader.expectDocumented(ann, "/documents/{documentId}/annotations", "POST", 201);
  const ent = await call(postEntity, { token: annotator, params: { projectId }, body: { kind: "organization", name: "Amnesty International", wikidataId: "Q42970" } });
  reader.expectDocumented(ent, "/projects/{projectId}/entities", "POST", 201);
  const claim = await call(postClaim, {
    token: annotator,
    params: { projectId },
    body: {
      type: "victim_count",
      fields: { count: { kind: "exact", value: 4482 }, outcome: "executed" },
      evidence: [ann.body.id],
      attribution: { assertedBy: ent.body.id, stance: "asserts" },
    },
  });
  reader.expectDocumented(claim, "/projects/{projectId}/claims", "POST", 201);
  ids = { projectId, documentId: doc.body.id, annotationId: ann.body.id, entityId: ent.body.id, claimId: claim.body.id };
});

describe("documented answers", () => {
  it("accounts and tokens", async () => {
    const account = { email: uniqueEmail("doc"), password: "password-long-enough", name: "Documented" };
    reader.expectDocumented(await call(postUser, { body: account }), "/users", "POST", 201);
    reader.expectDocumented(await call(postToken, { body: { email: account.email, password: account.password } }), "/tokens", "POST", 201);
    reader.expectDocumented(await call(listTokens, { token: team.owner.token }), "/tokens", "GET", 200);
  });

  it("projects and members", async () => {
    const { owner } = team;
    reader.expectDocumented(await call(postProject, { token: owner.token, body: { name: "Another" } }), "/projects", "POST", 201);
    reader.expectDocumented(await call(listProjects, { token: owner.token }), "/projects", "GET", 200);
    const params = { projectId: ids.projectId };
    reader.expectDocumented(await call(getProject, { token: owner.token, params }), "/projects/{projectId}", "GET", 200);
    reader.expectDocumented(await call(listMembers, { token: owner.token, params }), "/projects/{projectId}/members", "GET", 200);
  });

  it("documents, annotations and entities", async () => {
    const token = team.viewer.token;
    const document = await call(getDocument, { token, params: { documentId: ids.documentId } });
    reader.expectDocumented(document, "/documents/{documentId}", "GET", 200);
    expect(typeof document.body.text).toBe("string");
    reader.expectDocumented(await call(listDocuments, { token, params: { projectId: ids.projectId } }), "/projects/{projectId}/documents", "GET", 200);
    reader.expectDocumented(await call(getAnnotation, { token, params: { annotationId: ids.annotationId } }), "/annotations/{annotationId}", "GET", 200);
    reader.expectDocumented(await call(listAnnotations, { token, params: { documentId: ids.documentId } }), "/documents/{documentId}/annotations", "GET", 200);
    reader.expectDocumented(await call(getEntity, { token, params: { entityId: ids.entityId } }), "/entities/{entityId}", "GET", 200);
    reader.expectDocumented(await call(listEntities, { token, params: { projectId: ids.projectId } }), "/projects/{projectId}/entities", "GET", 200);
  });

  it("claims, their history and comments, and the event log", async () => {
    const token = team.viewer.token;
    const claim = { claimId: ids.claimId };
    const project = { projectId: ids.projectId };
    reader.expectDocumented(await call(getClaim, { token, params: claim }), "/claims/{claimId}", "GET", 200);
    reader.expectDocumented(await call(listClaims, { token, params: project }), "/projects/{projectId}/claims", "GET", 200);
    reader.expectDocumented(await call(claimHistory, { token, params: claim }), "/claims/{claimId}/history", "GET", 200);
    reader.expectDocumented(await call(listClaimTypes, { token, params: project }), "/projects/{projectId}/claim-types", "GET", 200);
    const comment = await call(postClaimComment, { token: team.reviewer.token, params: claim, body: { body: "Which report?" } });
    reader.expectDocumented(comment, "/claims/{claimId}/comments", "POST", 201);
    reader.expectDocumented(await call(listEvents, { token, params: project }), "/projects/{projectId}/events", "GET", 200);
    reader.expectDocumented(await call(verifyEvents, { token, params: project }), "/projects/{projectId}/events/verify", "GET", 200);
  });
});
