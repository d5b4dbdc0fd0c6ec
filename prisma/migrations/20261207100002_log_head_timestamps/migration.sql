-- RFC 3161 timestamps of signed tree heads, when the deployment has a timestamp authority (TSA_URL):
-- the token stamps the SHA-256 of the head's signed statement, so a head's time does not rest on our
-- word alone. Append-only, like the heads.
CREATE TABLE "LogHeadTimestamp" (
    "projectId" TEXT NOT NULL,
    "treeSize" INTEGER NOT NULL,
    "tsa" TEXT NOT NULL,
    "genTime" TIMESTAMPTZ(3) NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LogHeadTimestamp_pkey" PRIMARY KEY ("projectId", "treeSize")
);

ALTER TABLE "LogHeadTimestamp" ADD CONSTRAINT "LogHeadTimestamp_head_fkey" FOREIGN KEY ("projectId", "treeSize") REFERENCES "LogHead"("projectId", "treeSize") ON DELETE RESTRICT ON UPDATE CASCADE;
CREATE TRIGGER "LogHeadTimestamp_append_only" BEFORE UPDATE OR DELETE ON "LogHeadTimestamp"
  FOR EACH ROW EXECUTE FUNCTION "log_append_only"();
