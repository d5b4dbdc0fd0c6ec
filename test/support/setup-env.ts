// Runs in every test worker before its test files: points the app's code at the test database.
import { createHash } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { afterAll, inject } from "vitest";
import { disconnectDb } from "@/lib/db/client";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET = inject("nextauthSecret");
process.env.SIGNUP_OPEN = "true";
// bcrypt's lowest cost: the suite hashes hundreds of passwords; production keeps its default.
process.env.PASSWORD_HASH_COST = "4";
delete process.env.NEXTAUTH_URL;
// The log's signing key of this run (generated on first use), outside the working tree.
delete process.env.LOG_SIGNING_KEY;
process.env.LOG_SIGNING_KEY_FILE = path.join(os.tmpdir(), `workbench-test-log-key-${createHash("sha256").update(inject("databaseUrl")).digest("hex").slice(0, 12)}.pem`);

afterAll(async () => {
  await disconnectDb();
});
