// A claim is its author's to edit and submit for review; nobody else's, whatever their role (a
// reviewer sends it back with a note instead). The server refuses by it; the claim page offers
// the edit form by it.
import { isOwnClaim } from "./may-review-claim";

export function mayEditClaim(member: { userId: string }, claim: { createdById: string }): boolean {
  return isOwnClaim(member, claim);
}
