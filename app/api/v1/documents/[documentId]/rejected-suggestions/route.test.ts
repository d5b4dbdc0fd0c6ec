// Turning down a proposed span through the API, on the real database: recorded once (201, then
// 200 with the same id), read back by the reader, and a span outside the text is a 400 naming `end`.
import { describe, expect, it } from "vitest";
import { POST as postDocument } from "@/app/api/v1/projects/[projectId]/documents/route";
import { authorizeProject } from "@/lib/access/authorize-project";
import { db } from "@/lib/db/client";
import { listRejectedSpans } from "@/lib/suggestions/list-rejected-spans";
import { call } from "@/test/support/api";
import { createTeam } from "@/test/support/fixtures";
import { POST as reject } from "./route";

const TEXT = "بیش از ۳۰٬۰۰۰ زندانی سیاسی اعدام شدند. More than 30,000 political prisoners were executed.";

describe("POST /documents/{documentId}/rejected-suggestions", () => {
  it("records the span once, answers the same rejection again, and the reader stops proposing it", async () => {
    const team = await createTeam();
    const doc = await call(postDocument, { token: team.annotator.token, params: { projectId: team.projectId }, body: { title: "گزارش", text: TEXT } });
    const params = { documentId: doc.body.id };
    const first = await call(reject, { token: team.annotator.token, params, body: { start: 0, end: 6 } });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({ documentId: doc.body.id, start: 0, end: 6, created: true });
    const again = await call(reject, { token: team.reviewer.token, params, body: { start: 0, end: 6 } });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: first.body.id, created: false });
    const access = await authorizeProject(team.annotator.id, team.projectId, "project.read");
    expect(await listRejectedSpans(access, doc.body.id)).toEqual(["0:6"]);
    expect(await db().event.count({ where: { projectId: team.projectId, type: "suggestion.rejected" } })).toBe(1);
  });

  it("refuses a span past the text or ending before it starts, naming `end`, and writes nothing", async () => {
    const team = await createTeam();
    const doc = await call(postDocument, { token: team.annotator.token, params: { projectId: team.projectId }, body: { title: "Report", text: TEXT } });
    const params = { documentId: doc.body.id };
    for (const body of [{ start: 5, end: TEXT.length + 1 }, { start: 9, end: 4 }]) {
      const res = await call(reject, { token: team.annotator.token, params, body });
      expect(res.status).toBe(400);
      expect(res.body.error.issues.map((i: { path: string[] }) => i.path.join("."))).toContain("end");
    }
    const stray = await call(reject, { token: team.annotator.token, params, body: { documentId: "doc_other", start: 0, end: 4 } });
    expect(stray.status).toBe(400);
    expect(await db().suggestionRejection.count({ where: { documentId: doc.body.id } })).toBe(0);
  });
});
