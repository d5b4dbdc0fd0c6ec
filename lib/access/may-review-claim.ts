// Nobody reviews their own claim, whatever their role: the role table says who may review at all
// (`claim.review`), this says which claims are not theirs to review. The server refuses by it and
// the review queue marks one's own claims by it.
export function isOwnClaim(member: { userId: string }, claim: { createdById: string }): boolean {
  return claim.createdById === member.userId;
}
