// Hostile bytes on the upload route, whose body is multipart, not JSON (the JSON fuzz of the other
// write routes cannot shape it): random bytes under any content type, real multipart bodies cut
// short or with a byte changed, binary files, stray parts and odd text parts. Never a 5xx; a
// refusal writes nothing anywhere in the database; an accepted upload is a job its uploader can read.
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { GET as getJob } from "@/app/api/v1/jobs/[jobId]/route";
import { disconnectDb } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { stopQueue } from "@/lib/jobs/queue";
import { call } from "@/test/support/api";
import { createTeam, type Team } from "@/test/support/fixtures";
import { databaseSnapshot, snapshotChanges } from "@/test/support/fuzz/database-snapshot";
import { databaseOnServer } from "@/test/support/global-setup";
import { POST } from "./route";

const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const MIGRATIONS_DIR = new URL("../../../../../../prisma/migrations", import.meta.url).pathname;
let team: Team;
let dispose: () => Promise<void>;

beforeAll(async () => {
  const database = await databaseOnServer(inject("databaseUrl"));
  dispose = database.dispose;
  await migrate(database.url, { dir: MIGRATIONS_DIR });
  await disconnectDb();
  process.env.DATABASE_URL = database.url;
  team = await createTeam();
}, 120_000);

afterAll(async () => {
  await stopQueue();
  await disconnectDb();
  await dispose?.();
});

function multipart(parts: { name: string; fileName?: string; type?: string; data: Uint8Array }[], boundary: string): Buffer {
  const pieces: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.fileName !== undefined ? `; filename="${part.fileName}"` : ""}`;
    pieces.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${part.type ? `Content-Type: ${part.type}\r\n` : ""}\r\n`), Buffer.from(part.data), Buffer.from("\r\n"));
  }
  pieces.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(pieces);
}

const text = (s: string) => new TextEncoder().encode(s);
const fileData = fc.oneof(
  fc.uint8Array({ maxLength: 3000 }),
  fc.string({ maxLength: 2000 }).map(text),
  fc.constantFrom(text("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"), text("<!doctype html><p>Evin, 1988</p>"), text("Plain notes on 1988.\n"), new Uint8Array(0)),
);
const field = fc.tuple(
  fc.constantFrom("title", "sourceUrl", "publisher", "author", "publishedAt", "language", "file", "other", ""),
  fc.oneof(fc.string({ maxLength: 300 }), fc.constantFrom("1988-07", "fa", "https://example.org/a", "\u0000", "a".repeat(9000))),
);
const hostileUpload = fc.oneof(
  fc.record({ kind: fc.constant("bytes" as const), bytes: fc.uint8Array({ maxLength: 4096 }), type: fc.constantFrom("multipart/form-data; boundary=x", "multipart/form-data", "application/octet-stream", "multipart/mixed; boundary=x") }),
  fc.record({
    kind: fc.constant("form" as const),
    file: fileData,
    fileName: fc.oneof(fc.constantFrom("report.pdf", "page.html", "notes.txt", "", "../../etc/passwd", "ملاحظات.md"), fc.string({ maxLength: 40 })),
    fields: fc.array(field, { maxLength: 4 }),
    damage: fc.constantFrom("none", "cut", "flip", "no-end"),
    at: fc.nat(),
  }),
);

describe("POST /projects/{projectId}/sources with hostile bytes", () => {
  it("never answers 5xx, and a refusal writes nothing", async () => {
    let refused = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(hostileUpload, async (upload) => {
        let body: Buffer;
        let type: string;
        if (upload.kind === "bytes") {
          body = Buffer.from(upload.bytes);
          type = upload.type;
        } else {
          const boundary = `b${randomUUID()}`;
          body = multipart(
            [...upload.fields.map(([name, value]) => ({ name, data: text(value) })), { name: "file", fileName: upload.fileName.replace(/["\r\n]/g, ""), data: upload.file }],
            boundary,
          );
          if (upload.damage === "cut") body = body.subarray(0, upload.at % body.length);
          if (upload.damage === "flip") body[upload.at % body.length] = (body[upload.at % body.length] ?? 0) ^ 0x55;
          if (upload.damage === "no-end") body = body.subarray(0, body.length - boundary.length - 8);
          type = `multipart/form-data; boundary=${boundary}`;
        }
        const before = await databaseSnapshot();
        const res = await call(POST, { token: team.annotator.token, params: { projectId: team.projectId }, body: new Blob([new Uint8Array(body)]), headers: { "content-type": type } });
        expect(res.status, JSON.stringify(res.body)).toBeLessThan(500);
        if (res.status >= 400) {
          refused += 1;
          expect(res.body?.error?.message, "a refusal says what is wrong").toEqual(expect.any(String));
          expect(snapshotChanges(before, await databaseSnapshot()), "a refused upload wrote nothing").toEqual([]);
        } else {
          accepted += 1;
          expect(res.status).toBe(202);
          const job = await call(getJob, { token: team.annotator.token, params: { jobId: res.body.job.id } });
          expect(job.status).toBe(200);
        }
      }),
      { numRuns: RUNS },
    );
    expect(refused).toBeGreaterThan(0);
    expect(accepted + refused).toBe(RUNS);
  }, Math.max(180_000, RUNS * 500));

  // JSON capture requests, {url} and {urls}: hostile lists. Hosts are address literals only, so no
  // name is ever looked up and nothing leaves this machine; no worker runs, so nothing is fetched.
  it("never answers 5xx to a hostile capture list, and a refusal queues nothing", async () => {
    const address = fc.oneof(
      fc.constantFrom("http://10.0.0.1/", "http://127.0.0.1:9/", "http://[::1]/", "http://2130706433/", "ftp://192.0.2.1/", "http://169.254.169.254/latest", "http://93.184.216.34/news/1988", "javascript:alert(1)", "", "http://", "\u0000"),
      fc.string({ maxLength: 40 }),
      fc.integer(),
      fc.constant(null),
    );
    const body = fc.oneof(
      fc.record({ urls: fc.array(address, { maxLength: 60 }) }),
      fc.record({ urls: address }),
      fc.record({ url: address, urls: fc.array(address, { maxLength: 3 }) }),
      fc.record({ urls: fc.array(address, { minLength: 1, maxLength: 3 }), title: fc.string({ maxLength: 20 }), language: fc.constantFrom("fa", "en", "xx-not-a-language", "") }),
    );
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(body, async (json) => {
        const before = await databaseSnapshot();
        const res = await call(POST, { token: team.annotator.token, params: { projectId: team.projectId }, body: json });
        expect(res.status, JSON.stringify(res.body)).toBeLessThan(500);
        if (res.status >= 400) {
          refused += 1;
          expect(res.body?.error?.issues?.length, JSON.stringify(res.body)).toBeGreaterThan(0);
          expect(snapshotChanges(before, await databaseSnapshot()), "a refused list queued nothing").toEqual([]);
        } else {
          expect(res.status).toBe(202);
          expect(res.body.jobs).toHaveLength((json as { urls: unknown[] }).urls.length);
        }
      }),
      { numRuns: RUNS },
    );
    expect(refused).toBeGreaterThan(0);
  }, Math.max(180_000, RUNS * 500));
});
