import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { notFound } from "../errors";
import { appendEvent } from "../provenance/append-event";
import { assertAnotherOwner, lockMemberships } from "./owner-guard";

export async function removeMember(access: ProjectAccess, userId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    await lockMemberships(tx, access.projectId);
    const current = await tx.membership.findUnique({
      where: { projectId_userId: { projectId: access.projectId, userId } },
      select: { role: true },
    });
    if (!current) throw notFound("member");
    if (current.role === "owner") await assertAnotherOwner(tx, access.projectId, userId);
    await tx.membership.delete({ where: { projectId_userId: { projectId: access.projectId, userId } } });
    await appendEvent(tx, {
      projectId: access.projectId,
      actorId: access.userId,
      type: "member.removed",
      subjectType: "member",
      subjectId: userId,
      data: { before: { role: current.role } },
    });
  });
}
