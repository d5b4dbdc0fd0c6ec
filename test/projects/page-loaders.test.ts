// What the workbench pages load beside the gate: a project only for its members, and the export
// and import pages' list of sources with one entry per source, its newest version.
import { describe, expect, it } from "vitest";
import { POST as postVersion } from "@/app/api/v1/documents/[documentId]/versions/route";
import { POST as postDocument } from "@/app/api/v1/projects/[projectId]/documents/route";
import { authorizeProject } from "@/lib/access/authorize-project";
import { listFilterOptions } from "@/lib/exports/list-filter-options";
import { getMemberProject } from "@/lib/projects/get-member-project";
import { call } from "@/test/support/api";
import { createTeam } from "@/test/support/fixtures";

describe("page loaders", () => {
  it("show a project to its members, with its member count, and to nobody else", async () => {
    const team = await createTeam();
    const seen = await getMemberProject(team.viewer.id, team.projectId);
    expect(seen).toMatchObject({ id: team.projectId, memberCount: 4, settings: { requiredApprovals: 1, blindAnnotation: false } });
    expect(await getMemberProject(team.outsider.id, team.projectId)).toBeNull();
    expect(await getMemberProject(team.viewer.id, "prj_nothing_here")).toBeNull();
  });

  it("list each source once, as its newest version", async () => {
    const team = await createTeam();
    const made = async (title: string) => {
      const res = await call(postDocument, { token: team.annotator.token, params: { projectId: team.projectId }, body: { title, text: `${title}: the first text.` } });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body.id as string;
    };
    const a = await made("Alpha");
    const b = await made("Beta");
    const v2 = await call(postVersion, { token: team.annotator.token, params: { documentId: a }, body: { text: "Alpha: the corrected text." } });
    expect(v2.status, JSON.stringify(v2.body)).toBe(201);
    const access = await authorizeProject(team.viewer.id, team.projectId, "project.read");
    const { documents } = await listFilterOptions(access);
    expect(documents).toEqual([
      { id: v2.body.id, title: "Alpha", version: 2 },
      { id: b, title: "Beta", version: 1 },
    ]);
  });
});
