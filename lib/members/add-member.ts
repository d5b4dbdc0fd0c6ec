import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { AppError } from "../errors";
import { appendEvent } from "../provenance/append-event";
import { lockMemberships } from "./owner-guard";
import type { TAddMember } from "./schemas";

/** Adds an existing account to the project. 404 when no account has that email, 409 if already a member. */
export async function addMember(access: ProjectAccess, input: TAddMember) {
  return db().$transaction(async (tx) => {
    await lockMemberships(tx, access.projectId);
    const user = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, email: true, name: true } });
    if (!user) {
      throw new AppError("not_found", "No account uses that email; ask them to sign up first.", {
        issues: [{ path: ["email"], message: "No account with this email" }],
      });
    }
    const existing = await tx.membership.findUnique({
      where: { projectId_userId: { projectId: access.projectId, userId: user.id } },
    });
    if (existing) throw new AppError("conflict", `${user.email} is already a member (${existing.role}).`);
    const m = await tx.membership.create({ data: { projectId: access.projectId, userId: user.id, role: input.role } });
    await appendEvent(tx, {
      projectId: access.projectId,
      actorId: access.userId,
      type: "member.added",
      subjectType: "member",
      subjectId: user.id,
      data: { after: { role: input.role, email: user.email } },
    });
    return { userId: user.id, email: user.email, name: user.name, role: m.role, addedAt: m.createdAt.toISOString() };
  });
}
