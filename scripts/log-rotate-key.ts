// npm run log:rotate-key — replaces the log's signing key with a new Ed25519 key. The old public key
// stays published (GET /api/v1/log/keys) so heads it signed still verify; the new one is published at
// once and a running server signs with it from its next head. With LOG_SIGNING_KEY set, the
// deployment owns the key: set the new one there instead (the old public key stays published too).
import { migrate } from "../lib/db/migrate";
import { openDatabase } from "../lib/db/open-database";

if (process.env.LOG_SIGNING_KEY) {
  console.error("LOG_SIGNING_KEY is set: the deployment owns the key. Put a new PKCS#8 Ed25519 key there and restart.");
  process.exit(2);
}
const database = await openDatabase();
try {
  process.env.DATABASE_URL = database.url;
  await migrate(database.url);
  const { currentSigningKey, signingKeyFile, writeNewSigningKey } = await import("../lib/log/signing-key");
  const { recordSigningKey } = await import("../lib/log/log-keys");
  const { disconnectDb } = await import("../lib/db/client");
  const old = currentSigningKey();
  await recordSigningKey(old);
  const fresh = writeNewSigningKey();
  await recordSigningKey(fresh);
  await disconnectDb();
  console.log(`log signing key rotated in ${signingKeyFile()}: ${old.keyId} (kept published) -> ${fresh.keyId}`);
} finally {
  await database.close();
}
