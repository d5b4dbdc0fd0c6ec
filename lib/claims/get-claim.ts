import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { notFound } from "../errors";
import { claimInclude, claimView } from "./claim-view";

export async function getClaim(access: ProjectAccess, claimId: string) {
  const c = await db().claim.findFirst({ where: { id: claimId, projectId: access.projectId }, include: claimInclude });
  if (!c) throw notFound("claim");
  return claimView(c);
}
