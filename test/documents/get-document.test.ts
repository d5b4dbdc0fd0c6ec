// getDocument against the real database: the whole text, or only a long text's first characters.
import { beforeAll, describe, expect, it } from "vitest";
import { POST as postDocument } from "@/app/api/v1/projects/[projectId]/documents/route";
import { authorizeDocument } from "@/lib/access/authorize-project";
import { call } from "@/test/support/api";
import { createTeam, type Team } from "@/test/support/fixtures";
import { getDocument } from "@/lib/documents/get-document";

// Characters outside the BMP count two UTF-16 code units: a prefix counts characters, never splits one.
const LONG = `${"\u{1F4DC} سند ".repeat(3_000)}\n\nThe end.`;
const SHORT = "A short source.";

let team: Team;
const ids: Record<string, string> = {};

beforeAll(async () => {
  team = await createTeam();
  for (const [name, text] of Object.entries({ LONG, SHORT })) {
    const res = await call(postDocument, { token: team.annotator.token, params: { projectId: team.projectId }, body: { title: name, text } });
    expect(res.status).toBe(201);
    ids[name] = res.body.id;
  }
});

describe("getDocument", () => {
  it("reads the whole text unless asked for a prefix", async () => {
    const access = await authorizeDocument(team.viewer.id, ids.LONG!, "document.read");
    const d = await getDocument(access, ids.LONG!);
    expect(d.text).toBe(LONG);
    expect(d.length).toBe(LONG.length);
  });

  it("reads a text longer than `over` as its first `chars` characters, and a shorter one whole", async () => {
    const access = await authorizeDocument(team.viewer.id, ids.LONG!, "document.read");
    const options = { textPrefix: { over: 1_000, chars: 500 } };
    const long = await getDocument(access, ids.LONG!, options);
    expect(long.text).toBe([...LONG].slice(0, 500).join(""));
    expect(LONG.startsWith(long.text!)).toBe(true);
    // The length, the hash and everything else are the whole text's.
    expect(long.length).toBe(LONG.length);
    expect(long.sha256).toBe((await getDocument(access, ids.LONG!)).sha256);
    expect((await getDocument(access, ids.SHORT!, options)).text).toBe(SHORT);
    expect((await getDocument(access, ids.LONG!, { textPrefix: { over: LONG.length, chars: 10 } })).text).toBe(LONG);
  });
});
