import { authorizeUnscoped } from "@/lib/access/authorize-project";
import { revokeToken } from "@/lib/http/contracts/accounts";
import { handle } from "@/lib/http/handle";
import { noContent } from "@/lib/http/respond";
import { revokeApiToken } from "@/lib/tokens/revoke-api-token";

/** Any token may revoke itself; only an unrestricted one (or a session) may revoke others. */
export const DELETE = handle(revokeToken, async ({ actor, params: { tokenId } }) => {
  if (tokenId !== actor.tokenId) authorizeUnscoped(actor, "revoke other tokens");
  await revokeApiToken({ userId: actor.userId, tokenId });
  return noContent();
});
