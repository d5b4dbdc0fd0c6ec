// Loads the demo project: accounts of every role, the project, the five seed sources, and the
// annotator's claims about them (seed-claims.ts).
// Safe to run on every start: whatever exists already is left as it is.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as z from "zod";
import { db } from "../lib/db/client";
import { createDocument } from "../lib/documents/create-document";
import { ZCreateDocument } from "../lib/documents/schemas";
import { addMember } from "../lib/members/add-member";
import { createProject } from "../lib/projects/create-project";
import { createUser } from "../lib/users/create-user";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_PROJECT } from "./demo-accounts";
import { type ClaimsSeedReport, seedClaims } from "./seed-claims";

const here = path.dirname(fileURLToPath(import.meta.url));

const ZSources = z.object({
  sources: z.array(
    z.object({
      id: z.string(),
      file: z.string(),
      title: z.string(),
      publisher: z.string().nullable(),
      author: z.string().nullable(),
      publishedAt: z.string().nullable(),
      language: z.string(),
      basis: z.string(),
    }),
  ),
});

export interface SeedReport extends ClaimsSeedReport {
  usersCreated: number;
  projectCreated: boolean;
  documentsCreated: number;
}

export async function seedDemo(): Promise<SeedReport> {
  const report: SeedReport = { usersCreated: 0, projectCreated: false, documentsCreated: 0, entitiesCreated: 0, annotationsCreated: 0, claimsCreated: 0 };
  const userIds = new Map<string, string>();
  for (const account of DEMO_ACCOUNTS) {
    const existing = await db().user.findUnique({ where: { email: account.email }, select: { id: true } });
    const id = existing?.id ?? (await createUser({ email: account.email, name: account.name, password: DEMO_PASSWORD }, { bypassClosedSignUp: true })).id;
    if (!existing) report.usersCreated += 1;
    userIds.set(account.email, id);
  }
  const ownerId = userIds.get(DEMO_ACCOUNTS[0]!.email)!;
  if (!(await db().project.findUnique({ where: { id: DEMO_PROJECT.id } }))) {
    await createProject({ userId: ownerId, id: DEMO_PROJECT.id, input: DEMO_PROJECT });
    report.projectCreated = true;
  }
  const ownerAccess = { projectId: DEMO_PROJECT.id, userId: ownerId, role: "owner" as const };
  for (const account of DEMO_ACCOUNTS.slice(1)) {
    const userId = userIds.get(account.email)!;
    const member = await db().membership.findUnique({ where: { projectId_userId: { projectId: DEMO_PROJECT.id, userId } } });
    if (!member) await addMember(ownerAccess, { email: account.email, role: account.role });
  }
  const { sources } = ZSources.parse(JSON.parse(await readFile(path.join(here, "sources.json"), "utf8")));
  for (const s of sources) {
    if (await db().document.findUnique({ where: { id: s.id }, select: { id: true } })) continue;
    const text = await readFile(path.join(here, "sources", s.file), "utf8");
    const input = ZCreateDocument.parse({
      title: s.title,
      text,
      ...(s.publisher ? { publisher: s.publisher } : {}),
      ...(s.author ? { author: s.author } : {}),
      ...(s.publishedAt ? { publishedAt: s.publishedAt } : {}),
      language: s.language,
    });
    await createDocument(ownerAccess, input, { id: s.id });
    report.documentsCreated += 1;
  }
  const annotatorId = userIds.get(DEMO_ACCOUNTS.find((a) => a.role === "annotator")!.email)!;
  Object.assign(report, await seedClaims({ projectId: DEMO_PROJECT.id, userId: annotatorId, role: "annotator" }));
  return report;
}
