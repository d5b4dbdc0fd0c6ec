// Answers kept for a project's state: given again while nothing in the project changes, computed
// again once any change (its event) moves the head, never shared between projects, and a failure
// is not kept.
import { describe, expect, it } from "vitest";
import { authorizeProject } from "@/lib/access/authorize-project";
import { cachedAtHead, projectHead } from "@/lib/projects/cached-at-head";
import { createEntity } from "@/lib/entities/create-entity";
import { createTeam } from "../support/fixtures";

describe("cachedAtHead", () => {
  it("computes once per state of the project and again after a change", async () => {
    const team = await createTeam();
    const access = await authorizeProject(team.owner.id, team.projectId, "project.read");
    let computed = 0;
    const answer = () => cachedAtHead(team.projectId, "count", async () => ++computed);
    expect(await answer()).toBe(1);
    expect(await Promise.all([answer(), answer()])).toEqual([1, 1]);
    const head = await projectHead(team.projectId);
    await createEntity(access, { kind: "event", name: "1988 massacre" });
    expect(await projectHead(team.projectId)).not.toBe(head);
    expect(await answer()).toBe(2);
    expect(await answer()).toBe(2);
  });

  it("keeps projects apart and does not keep a failure", async () => {
    const [a, b] = await Promise.all([createTeam(), createTeam()]);
    expect(await cachedAtHead(a.projectId, "k", async () => "a")).toBe("a");
    expect(await cachedAtHead(b.projectId, "k", async () => "b")).toBe("b");
    await expect(cachedAtHead(a.projectId, "broken", async () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await cachedAtHead(a.projectId, "broken", async () => "up")).toBe("up");
  });
});
