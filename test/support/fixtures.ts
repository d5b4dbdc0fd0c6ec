// Test data made through the public API, as a researcher's script would: each call creates new
// users (unique emails) and projects, so tests never depend on each other or need a reset.
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { POST as postMember } from "@/app/api/v1/projects/[projectId]/members/route";
import { POST as postProject } from "@/app/api/v1/projects/route";
import { POST as postToken } from "@/app/api/v1/tokens/route";
import { POST as postUser } from "@/app/api/v1/users/route";
import type { Role } from "@/lib/db/generated/enums";
import { call } from "./api";

export interface TestUser {
  id: string;
  email: string;
  name: string;
  password: string;
  token: string;
  tokenId: string;
}

export function uniqueEmail(label = "user"): string {
  return `${label}-${randomUUID()}@example.test`;
}

/** Signs up a new account and signs in for an API token. */
export async function createUser(label = "user"): Promise<TestUser> {
  const input = { email: uniqueEmail(label), password: `pw-${randomUUID()}`, name: `Test ${label}` };
  const user = await call(postUser, { body: input });
  expect(user.status, JSON.stringify(user.body)).toBe(201);
  const token = await call(postToken, { body: { email: input.email, password: input.password } });
  expect(token.status, JSON.stringify(token.body)).toBe(201);
  return { ...input, id: user.body.id, token: token.body.token, tokenId: token.body.id };
}

export async function createProject(owner: TestUser, name = `Project ${randomUUID()}`): Promise<string> {
  const res = await call(postProject, { token: owner.token, body: { name } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

export async function addMember(owner: TestUser, projectId: string, user: TestUser, role: Role): Promise<void> {
  const res = await call(postMember, { token: owner.token, params: { projectId }, body: { email: user.email, role } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
}

export interface Team {
  owner: TestUser;
  reviewer: TestUser;
  annotator: TestUser;
  viewer: TestUser;
  /** Has an account, but is no member of the project. */
  outsider: TestUser;
  projectId: string;
}

/** A project with one member of each role, and an outsider. */
export async function createTeam(): Promise<Team> {
  const [owner, reviewer, annotator, viewer, outsider] = await Promise.all([
    createUser("owner"),
    createUser("reviewer"),
    createUser("annotator"),
    createUser("viewer"),
    createUser("outsider"),
  ]);
  const projectId = await createProject(owner);
  await addMember(owner, projectId, reviewer, "reviewer");
  await addMember(owner, projectId, annotator, "annotator");
  await addMember(owner, projectId, viewer, "viewer");
  return { owner, reviewer, annotator, viewer, outsider, projectId };
}

/** Adds the team's members to a fresh project, for tests that change memberships. */
export async function createTeamProject(team: Team): Promise<string> {
  const projectId = await createProject(team.owner);
  await addMember(team.owner, projectId, team.reviewer, "reviewer");
  await addMember(team.owner, projectId, team.annotator, "annotator");
  await addMember(team.owner, projectId, team.viewer, "viewer");
  return projectId;
}
