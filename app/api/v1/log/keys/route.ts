import { logKeys } from "@/lib/http/contracts/log";
import { handle } from "@/lib/http/handle";
import { json } from "@/lib/http/respond";
import { listLogKeys, recordSigningKey } from "@/lib/log/log-keys";
import { currentSigningKey } from "@/lib/log/signing-key";

export const GET = handle(logKeys, async () => {
  await recordSigningKey(currentSigningKey());
  return json(await listLogKeys());
});
