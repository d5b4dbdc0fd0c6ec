// The filter forms' choices on the real database: a project's documents (id, title, version) and
// its entities not merged into another (id, name, kind), oldest first, no more than asked for, and
// nothing of another project.
import { describe, expect, it } from "vitest";
import { authorizeProject } from "@/lib/access/authorize-project";
import { createDocument } from "@/lib/documents/create-document";
import { listDocumentChoices } from "@/lib/documents/list-document-choices";
import { createEntity } from "@/lib/entities/create-entity";
import { listEntityChoices } from "@/lib/entities/list-entity-choices";
import { mergeEntities } from "@/lib/entities/merge-entities";
import { createTeam } from "../support/fixtures";

describe("listDocumentChoices and listEntityChoices", () => {
  it("give a project's documents and unmerged entities, oldest first, up to the limit", async () => {
    const team = await createTeam();
    const other = await createTeam();
    const access = await authorizeProject(team.owner.id, team.projectId, "project.read");
    const elsewhere = await authorizeProject(other.owner.id, other.projectId, "project.read");
    const docs = [];
    for (const title of ["گزارش اول", "Report B", "Report C"]) docs.push(await createDocument(access, { title, text: `Text of ${title}` }));
    await createDocument(elsewhere, { title: "Not this project's", text: "x" });
    expect(await listDocumentChoices(access, 2)).toEqual(docs.slice(0, 2).map((d) => ({ id: d.id, title: d.title, version: 1 })));
    expect((await listDocumentChoices(access, 500)).map((d) => d.title)).toEqual(["گزارش اول", "Report B", "Report C"]);

    const ncri = await createEntity(access, { kind: "organization", name: "NCRI" });
    const paris = await createEntity(access, { kind: "organization", name: "NCRI (Paris office)" });
    const event = await createEntity(access, { kind: "event", name: "1988 massacre" });
    await createEntity(elsewhere, { kind: "person", name: "Someone else's" });
    await mergeEntities(access, paris.id, { into: ncri.id });
    expect(await listEntityChoices(access, 500)).toEqual([
      { id: ncri.id, name: "NCRI", kind: "organization" },
      { id: event.id, name: "1988 massacre", kind: "event" },
    ]);
    expect(await listEntityChoices(access, 1)).toEqual([{ id: ncri.id, name: "NCRI", kind: "organization" }]);
  });
});
