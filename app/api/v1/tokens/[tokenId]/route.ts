import { authenticate } from "@/lib/auth/authenticate-request";
import { noContent } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { revokeApiToken } from "@/lib/tokens/revoke-api-token";

export const DELETE = route<{ tokenId: string }>(async (req, { tokenId }) => {
  const actor = await authenticate(req);
  await revokeApiToken({ userId: actor.userId, tokenId });
  return noContent();
});
