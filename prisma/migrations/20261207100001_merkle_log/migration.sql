-- The event log as a Merkle tree (RFC 9162, section 2.1), beside the hash chain, which stays as it is.
-- "LogNode" holds the hash of every complete subtree of a project's tree: level 0 the leaf hashes,
-- level l index i the root of leaves [i * 2^l, (i + 1) * 2^l). Any proof then reads O(log n) rows.
-- "LogHead" holds each signed tree head; its treeSize is the number of sequenced leaves, and the
-- nodes and the head of one sequencing step commit together. Both are append-only.
CREATE TABLE "LogNode" (
    "projectId" TEXT NOT NULL,
    "level" SMALLINT NOT NULL,
    "index" INTEGER NOT NULL,
    "hash" BYTEA NOT NULL,

    CONSTRAINT "LogNode_pkey" PRIMARY KEY ("projectId", "level", "index")
);

CREATE TABLE "LogHead" (
    "projectId" TEXT NOT NULL,
    "treeSize" INTEGER NOT NULL,
    "rootHash" TEXT NOT NULL,
    "timestamp" TIMESTAMPTZ(3) NOT NULL,
    "keyId" TEXT NOT NULL,
    "signature" TEXT NOT NULL,

    CONSTRAINT "LogHead_pkey" PRIMARY KEY ("projectId", "treeSize")
);

-- The deployment's signing keys, public halves only; a rotated key stays so its heads still verify.
CREATE TABLE "LogKey" (
    "keyId" TEXT NOT NULL,
    "algorithm" TEXT NOT NULL DEFAULT 'Ed25519',
    "publicKeyPem" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LogKey_pkey" PRIMARY KEY ("keyId")
);

ALTER TABLE "LogNode" ADD CONSTRAINT "LogNode_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "LogHead" ADD CONSTRAINT "LogHead_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "LogNode" ADD CONSTRAINT "LogNode_shape_check" CHECK ("level" >= 0 AND "level" < 32 AND "index" >= 0 AND octet_length("hash") = 32);
ALTER TABLE "LogHead" ADD CONSTRAINT "LogHead_size_check" CHECK ("treeSize" >= 0);

-- The release's signed head: what its log-proofs.jsonl proves against.
ALTER TABLE "Release" ADD COLUMN "logHead" JSONB;

CREATE FUNCTION "log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the Merkle log is append-only (% on % refused)', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'integrity_constraint_violation';
END $$;
CREATE TRIGGER "LogNode_append_only" BEFORE UPDATE OR DELETE ON "LogNode"
  FOR EACH ROW EXECUTE FUNCTION "log_append_only"();
CREATE TRIGGER "LogNode_no_truncate" BEFORE TRUNCATE ON "LogNode"
  FOR EACH STATEMENT EXECUTE FUNCTION "log_append_only"();
CREATE TRIGGER "LogHead_append_only" BEFORE UPDATE OR DELETE ON "LogHead"
  FOR EACH ROW EXECUTE FUNCTION "log_append_only"();
CREATE TRIGGER "LogHead_no_truncate" BEFORE TRUNCATE ON "LogHead"
  FOR EACH STATEMENT EXECUTE FUNCTION "log_append_only"();
CREATE TRIGGER "LogKey_append_only" BEFORE UPDATE OR DELETE ON "LogKey"
  FOR EACH ROW EXECUTE FUNCTION "log_append_only"();
