// Hostile bytes on the one write route whose body is a byte stream, not JSON (the JSON fuzz of
// the other write routes cannot shape it): random bytes, gzip of junk, real archives cut short,
// with a byte changed or lines repeated, under any content type. Never a 5xx; a refusal writes
// nothing anywhere in the database; an accepted archive is a readable project.
import { gunzipSync, gzipSync } from "node:zlib";
import fc from "fast-check";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { GET as getProject } from "@/app/api/v1/projects/[projectId]/route";
import { disconnectDb } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { call } from "@/test/support/api";
import { createUser, type TestUser } from "@/test/support/fixtures";
import { databaseSnapshot, snapshotChanges } from "@/test/support/fuzz/database-snapshot";
import { databaseOnServer } from "@/test/support/global-setup";
import { handMadeBackup } from "@/test/support/hand-made-backup";
import { POST as restore } from "./route";

const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const MIGRATIONS_DIR = fileURLToPath(new URL("../../../../prisma/migrations", import.meta.url));
let owner: TestUser;
let dispose: () => Promise<void>;

beforeAll(async () => {
  const database = await databaseOnServer(inject("databaseUrl"));
  dispose = database.dispose;
  await migrate(database.url, { dir: MIGRATIONS_DIR });
  await disconnectDb();
  process.env.DATABASE_URL = database.url;
  owner = await createUser("restorer");
}, 120_000);

afterAll(async () => {
  await disconnectDb();
  await dispose?.();
});

/** An archive as a real one looks, then damaged in one of the ways a file gets damaged or forged. */
const damagedArchive = fc
  .tuple(fc.constantFrom("cut", "flip", "repeat", "drop", "junk-line"), fc.nat(), fc.nat(255))
  .map(([how, at, byte]) => {
    const { bytes } = handMadeBackup(owner.email, "Hostile restore");
    const text = gunzipSync(bytes);
    const lines = text.toString("utf8").split("\n");
    const i = at % Math.max(1, lines.length - 1);
    switch (how) {
      case "cut":
        return bytes.subarray(0, at % bytes.length);
      case "flip": {
        const copy = Buffer.from(text);
        const p = at % copy.length;
        copy[p] = copy[p] === byte ? (byte + 1) % 256 : byte;
        return gzipSync(copy);
      }
      case "repeat":
        return gzipSync([...lines.slice(0, i + 1), lines[i], ...lines.slice(i + 1)].join("\n"));
      case "drop":
        return gzipSync([...lines.slice(0, i), ...lines.slice(i + 1)].join("\n"));
      default:
        return gzipSync([...lines.slice(0, i), '{"part":"Project","rows":1,"columns":["id"]}', '{"id":null}', ...lines.slice(i)].join("\n"));
    }
  });

const hostileBody = fc.oneof(
  fc.uint8Array({ maxLength: 4096 }).map((b) => Buffer.from(b)),
  fc.string({ unit: "binary", maxLength: 2000 }).map((s) => gzipSync(s)),
  fc.array(fc.json(), { maxLength: 20 }).map((lines) => gzipSync(lines.join("\n"))),
  damagedArchive,
);

describe("POST /backups with hostile bytes", () => {
  it("never answers 5xx, and a refusal writes nothing", async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(hostileBody, fc.constantFrom("application/gzip", "application/octet-stream", "application/json", "text/plain"), async (body, type) => {
        const before = await databaseSnapshot();
        const res = await call(restore, { method: "POST", token: owner.token, body: new Blob([new Uint8Array(body)]), headers: { "content-type": type } });
        expect(res.status, JSON.stringify(res.body)).toBeLessThan(500);
        if (res.status >= 400) {
          refused += 1;
          expect(res.body?.error?.message, "a refusal says what is wrong").toEqual(expect.any(String));
          expect(snapshotChanges(before, await databaseSnapshot()), "a refused restore wrote nothing").toEqual([]);
        } else {
          const project = await call(getProject, { token: owner.token, params: { projectId: res.body.projectId } });
          expect(project.status).toBe(200);
        }
      }),
      { numRuns: RUNS },
    );
    expect(refused).toBeGreaterThan(0);
  }, Math.max(180_000, RUNS * 200));

  it("accepts the undamaged archive, so the refusals above are the damage's doing", async () => {
    const { projectId, bytes } = handMadeBackup(owner.email, "Sound restore");
    const res = await call(restore, { method: "POST", token: owner.token, body: new Blob([new Uint8Array(bytes)]), headers: { "content-type": "application/gzip" } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.projectId).toBe(projectId);
  });
});
