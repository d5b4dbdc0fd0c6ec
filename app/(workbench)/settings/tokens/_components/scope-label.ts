// Says in words which projects a token reaches, naming them where the person still belongs.
import type { ProjectOption } from "./create-token-form";

export function scopeNames(projectIds: string[], projects: ProjectOption[]): string[] {
  const names = new Map(projects.map((p) => [p.id, p.name]));
  return projectIds.map((id) => names.get(id) ?? "a project you no longer belong to");
}

export function scopeLabel(projectIds: string[], projects: ProjectOption[]): string {
  if (projectIds.length === 0) return "all your projects";
  const names = scopeNames(projectIds, projects).map((n) => `“${n}”`);
  return names.length === 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
