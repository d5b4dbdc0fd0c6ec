// Runs in every test worker before its test files: points the app's code at the test database.
import { afterAll, inject } from "vitest";
import { disconnectDb } from "../db/client";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET = inject("nextauthSecret");
process.env.SIGNUP_OPEN = "true";
// bcrypt's lowest cost: the suite hashes hundreds of passwords; production keeps its default.
process.env.PASSWORD_HASH_COST = "4";
delete process.env.NEXTAUTH_URL;

afterAll(async () => {
  await disconnectDb();
});
