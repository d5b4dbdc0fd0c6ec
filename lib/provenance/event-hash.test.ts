import canonicalize from "canonicalize";
import fc from "fast-check";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalAroundSeq, eventHash, GENESIS_HASH, type HashedEventContent } from "./event-hash";

const content: HashedEventContent = {
  projectId: "prj_1",
  seq: 1,
  actorId: "usr_1",
  type: "document.created",
  subjectType: "document",
  subjectId: "doc_1",
  data: { after: { title: "\u0627\u0639\u062f\u0627\u0645", length: 5, tags: ["a", "b"] } },
  createdAt: "1988-07-19T10:30:00.000Z",
};

describe("eventHash", () => {
  it("is sha256 over the previous hash, a newline and the RFC 8785 canonical JSON", () => {
    // Keys sorted, no whitespace, non-ASCII left as is: written out by hand, not by the code under test.
    const canonical =
      '{"actorId":"usr_1","createdAt":"1988-07-19T10:30:00.000Z","data":{"after":{"length":5,"tags":["a","b"],' +
      '"title":"\u0627\u0639\u062f\u0627\u0645"}},"projectId":"prj_1","seq":1,"subjectId":"doc_1",' +
      '"subjectType":"document","type":"document.created"}';
    const expected = createHash("sha256").update(`${GENESIS_HASH}\n${canonical}`, "utf8").digest("hex");
    expect(eventHash(GENESIS_HASH, content)).toBe(expected);
  });

  it("is deterministic", () => {
    expect(eventHash(GENESIS_HASH, content)).toBe(eventHash(GENESIS_HASH, structuredClone(content)));
    expect(eventHash(GENESIS_HASH, content)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("does not depend on key order, at any depth", () => {
    const reordered = {
      createdAt: content.createdAt,
      data: { after: { tags: ["a", "b"], length: 5, title: "\u0627\u0639\u062f\u0627\u0645" } },
      type: content.type,
      subjectId: content.subjectId,
      subjectType: content.subjectType,
      seq: content.seq,
      actorId: content.actorId,
      projectId: content.projectId,
    };
    expect(eventHash(GENESIS_HASH, reordered)).toBe(eventHash(GENESIS_HASH, content));
  });

  const changes: [string, Partial<HashedEventContent>][] = [
    ["projectId", { projectId: "prj_2" }],
    ["seq", { seq: 2 }],
    ["actorId", { actorId: null }],
    ["type", { type: "document.deleted" }],
    ["subjectType", { subjectType: "annotation" }],
    ["subjectId", { subjectId: "doc_2" }],
    ["createdAt", { createdAt: "1988-07-19T10:30:00.001Z" }],
    ["data (a nested value)", { data: { after: { title: "\u0627\u0639\u062f\u0627\u0645", length: 6, tags: ["a", "b"] } } }],
    ["data (array order)", { data: { after: { title: "\u0627\u0639\u062f\u0627\u0645", length: 5, tags: ["b", "a"] } } }],
  ];

  it.each(changes)("changes when %s changes", (_field, change) => {
    expect(eventHash(GENESIS_HASH, { ...content, ...change })).not.toBe(eventHash(GENESIS_HASH, content));
  });

  it("changes when the previous hash changes, so the chain links", () => {
    expect(eventHash("1".repeat(64), content)).not.toBe(eventHash(GENESIS_HASH, content));
  });

  it("starts the chain from 64 zeros", () => {
    expect(GENESIS_HASH).toBe("0".repeat(64));
  });
});

describe("canonicalAroundSeq", () => {
  const sha = (prev: string, body: string) => createHash("sha256").update(`${prev}\n${body}`, "utf8").digest("hex");

  it("splits the canonical JSON around the top-level seq, even when the data holds a seq of its own", () => {
    const { seq: _seq, ...rest } = content;
    const tricky = { ...rest, data: { seq: 0, note: ',"seq":0,"subjectId":"x"', nested: [{ seq: 0 }] } };
    const { head, tail } = canonicalAroundSeq(tricky);
    expect(head.endsWith('"projectId":"prj_1","seq":')).toBe(true);
    expect(tail).toBe(',"subjectId":"doc_1","subjectType":"document","type":"document.created"}');
    expect(`${head}41${tail}`).toBe(canonicalize({ ...tricky, seq: 41 }));
    expect(sha(GENESIS_HASH, `${head}41${tail}`)).toBe(eventHash(GENESIS_HASH, { ...tricky, seq: 41 }));
  });

  it("completes to the canonical JSON for any content and seq", () => {
    const text = fc.string({ unit: "binary" });
    fc.assert(
      fc.property(text, fc.option(text, { nil: null }), text, text, text, fc.jsonValue(), fc.integer({ min: 1, max: 2_000_000_000 }), (projectId, actorId, type, subjectType, subjectId, data, seq) => {
        const c = { projectId, actorId, type, subjectType, subjectId, data: JSON.parse(JSON.stringify(data ?? null)) as unknown, createdAt: content.createdAt };
        const { head, tail } = canonicalAroundSeq(c);
        expect(`${head}${seq}${tail}`).toBe(canonicalize({ ...c, seq }));
      }),
      { numRuns: 300 },
    );
  });
});
