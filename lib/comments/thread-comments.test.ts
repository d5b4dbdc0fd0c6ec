import { describe, expect, it } from "vitest";
import { threadComments } from "./thread-comments";

const c = (id: string, parentId: string | null) => ({ id, parentId, authorId: "u", authorName: "U", body: id, createdAt: "2026-01-01T00:00:00.000Z" });

describe("threadComments", () => {
  it("nests replies under their parents, oldest first, and keeps orphaned replies at the top", () => {
    const thread = threadComments([c("a", null), c("b", "a"), c("c", null), c("d", "b"), c("e", "a"), c("f", "gone")]);
    expect(thread.map((t) => t.id)).toEqual(["a", "c", "f"]);
    expect(thread[0]!.replies.map((t) => t.id)).toEqual(["b", "e"]);
    expect(thread[0]!.replies[0]!.replies.map((t) => t.id)).toEqual(["d"]);
  });
});
