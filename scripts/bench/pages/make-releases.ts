// Two releases through the public API, so the releases' diff page has something to compare. At scale
// they hold the claims on one source (every status): a release of a million claims is the export
// benchmark's subject, not this one's.
import { exchange, mustJson } from "../load/http";

export async function apiToken(baseUrl: string, account: { email: string; password: string }): Promise<string> {
  const { token } = await mustJson<{ token: string }>("token", exchange(baseUrl, "POST", "/api/v1/tokens", { body: { ...account, name: "pages benchmark" } }));
  return token;
}

export async function makeReleases(baseUrl: string, token: string, projectId: string, documentId?: string): Promise<[string, string]> {
  const filter = documentId ? { status: ["all"], documentId: [documentId] } : undefined;
  const make = (name: string) => mustJson<{ id: string }>(`release ${name}`, exchange(baseUrl, "POST", `/api/v1/projects/${projectId}/releases`, { token, body: { name, filter } }));
  const base = await make("Pages benchmark, first");
  const head = await make("Pages benchmark, second");
  return [base.id, head.id];
}
