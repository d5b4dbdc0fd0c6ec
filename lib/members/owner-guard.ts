// A project never loses its last owner. Membership changes take a per-project lock first so two
// concurrent demotions cannot both pass this check.
import type { Tx } from "../db/client";
import { AppError } from "../errors";

export async function lockMemberships(tx: Tx, projectId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${"members:" + projectId}, 0))`;
}

export async function assertAnotherOwner(tx: Tx, projectId: string, leavingUserId: string): Promise<void> {
  const others = await tx.membership.count({ where: { projectId, role: "owner", userId: { not: leavingUserId } } });
  if (others === 0) throw new AppError("conflict", "A project needs at least one owner; make someone else owner first.");
}
