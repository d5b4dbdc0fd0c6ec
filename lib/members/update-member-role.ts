import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { notFound } from "../errors";
import { appendEvent } from "../provenance/append-event";
import { assertAnotherOwner, lockMemberships } from "./owner-guard";
import type { TUpdateMember } from "./schemas";

export async function updateMemberRole(access: ProjectAccess, userId: string, input: TUpdateMember) {
  return db().$transaction(async (tx) => {
    await lockMemberships(tx, access.projectId);
    const current = await tx.membership.findUnique({
      where: { projectId_userId: { projectId: access.projectId, userId } },
      select: { role: true, createdAt: true, user: { select: { email: true, name: true } } },
    });
    if (!current) throw notFound("member");
    if (current.role === "owner" && input.role !== "owner") await assertAnotherOwner(tx, access.projectId, userId);
    if (current.role !== input.role) {
      await tx.membership.update({
        where: { projectId_userId: { projectId: access.projectId, userId } },
        data: { role: input.role },
      });
      await appendEvent(tx, {
        projectId: access.projectId,
        actorId: access.userId,
        type: "member.role_changed",
        subjectType: "member",
        subjectId: userId,
        data: { before: { role: current.role }, after: { role: input.role } },
      });
    }
    return { userId, email: current.user.email, name: current.user.name, role: input.role, addedAt: current.createdAt.toISOString() };
  });
}
