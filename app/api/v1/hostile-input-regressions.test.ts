// The 5xx answers the hostile-input fuzz found, each replayed: now a 4xx that names what is
// wrong, and the project's data as it was.
import { beforeAll, describe, expect, it } from "vitest";
import { PATCH as patchAnnotation } from "@/app/api/v1/annotations/[annotationId]/route";
import { POST as postAnnotation } from "@/app/api/v1/documents/[documentId]/annotations/route";
import { POST as postDocument } from "@/app/api/v1/projects/[projectId]/documents/route";
import { POST as postEntity } from "@/app/api/v1/projects/[projectId]/entities/route";
import { POST as postRelease } from "@/app/api/v1/projects/[projectId]/releases/route";
import { call } from "@/test/support/api";
import { expectError } from "@/test/support/assertions";
import { projectState } from "@/test/support/db-state";
import { createTeam, type Team } from "@/test/support/fixtures";

let team: Team;
let annotationId: string;

beforeAll(async () => {
  team = await createTeam();
  const doc = await call(postDocument, { token: team.annotator.token, params: { projectId: team.projectId }, body: { title: "Source", text: "In 1988 thousands were executed." } });
  const ann = await call(postAnnotation, { token: team.annotator.token, params: { documentId: doc.body.id }, body: { start: 0, end: 7 } });
  expect(ann.status, JSON.stringify(ann.body)).toBe(201);
  annotationId = ann.body.id;
});

describe("hostile input the fuzz found", () => {
  it("a NUL in a path parameter is 404, not PostgreSQL's 22021 as a 500", async () => {
    const before = await projectState(team.projectId);
    const res = await call(postEntity, { token: team.owner.token, params: { projectId: `${team.projectId}\u0000` }, body: { kind: "person", name: "A" } });
    expectError(res, 404, "not_found");
    expect(await projectState(team.projectId)).toEqual(before);
  });

  it("a NUL in a body's text is 400 naming the field, not a 500", async () => {
    const before = await projectState(team.projectId);
    const res = await call(postEntity, { token: team.owner.token, params: { projectId: team.projectId }, body: { kind: "person", name: "Hossein\u0000Ali" } });
    expectError(res, 400, "invalid_input", [["name"]]);
    expect(await projectState(team.projectId)).toEqual(before);
  });

  it("a lone surrogate in a note is 400 naming the field, not a 500 from hashing the event", async () => {
    const before = await projectState(team.projectId);
    const res = await call(patchAnnotation, { method: "PATCH", token: team.annotator.token, params: { annotationId }, body: '{"note":"a\\ud800z"}' });
    expectError(res, 400, "invalid_input", [["note"]]);
    expect(await projectState(team.projectId)).toEqual(before);
  });

  it("HTML nested 100,000 deep is 400 naming html, not a 500 from a stack overflow", async () => {
    const before = await projectState(team.projectId);
    const res = await call(postDocument, { token: team.annotator.token, params: { projectId: team.projectId }, body: { title: "Deep", html: `${"<div>".repeat(100_000)}x` } });
    expectError(res, 400, "invalid_input", [["html"]]);
    expect(await projectState(team.projectId)).toEqual(before);
  });

  it("a release filtered from a day that does not exist is 400 naming it, not a 500", async () => {
    const before = await projectState(team.projectId);
    for (const from of ["0000-01-01", "1988-02-30"]) {
      const res = await call(postRelease, { token: team.owner.token, params: { projectId: team.projectId }, body: { name: "Dataset", filter: { from } } });
      expectError(res, 400, "invalid_input", [["filter", "from"]]);
    }
    expect(await projectState(team.projectId)).toEqual(before);
  });
});
