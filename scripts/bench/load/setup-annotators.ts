// The load's cast, made through the public API as a project would be staffed: each annotator signs
// up, the demo owner adds them to the demo project, and they create an API token scoped to it.
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_PROJECT } from "../../../seeds/demo-accounts";
import { exchange, mustJson } from "./http";

export interface World {
  projectId: string;
  ownerToken: string;
  tokens: string[];
  documentIds: string[];
  people: string[];
  speakers: string[];
  events: string[];
}

const PASSWORD = "load-bench-password-1988";

async function inBatches<T>(n: number, width: number, fn: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < n; i += width) out.push(...(await Promise.all(Array.from({ length: Math.min(width, n - i) }, (_, j) => fn(i + j)))));
  return out;
}

export async function setUpAnnotators(baseUrl: string, users: number): Promise<World> {
  const projectId = DEMO_PROJECT.id;
  const owner = DEMO_ACCOUNTS[0]!;
  const { token: ownerToken } = await mustJson<{ token: string }>("owner token", exchange(baseUrl, "POST", "/api/v1/tokens", { body: { email: owner.email, password: DEMO_PASSWORD, name: "load benchmark" } }));
  const tokens = await inBatches(users, 5, async (i) => {
    const email = `load-annotator-${i + 1}@bench.example`;
    await mustJson("sign-up", exchange(baseUrl, "POST", "/api/v1/users", { body: { email, password: PASSWORD, name: `Load Annotator ${i + 1}` } }));
    await mustJson("add member", exchange(baseUrl, "POST", `/api/v1/projects/${projectId}/members`, { token: ownerToken, body: { email, role: "annotator" } }));
    const { token } = await mustJson<{ token: string }>("token", exchange(baseUrl, "POST", "/api/v1/tokens", { body: { email, password: PASSWORD, name: "load", projects: [projectId] } }));
    return token;
  });
  const docs = await mustJson<{ items: { id: string }[] }>("documents", exchange(baseUrl, "GET", `/api/v1/projects/${projectId}/documents?limit=500`, { token: ownerToken }));
  const entities = await mustJson<{ items: { id: string; kind: string }[] }>("entities", exchange(baseUrl, "GET", `/api/v1/projects/${projectId}/entities?limit=500`, { token: ownerToken }));
  const ofKind = (...kinds: string[]) => entities.items.filter((e) => kinds.includes(e.kind)).map((e) => e.id);
  const world = {
    projectId,
    ownerToken,
    tokens,
    documentIds: docs.items.map((d) => d.id),
    people: ofKind("person"),
    speakers: ofKind("person", "organization"),
    events: ofKind("event"),
  };
  if (!world.documentIds.length || !world.people.length || !world.events.length) throw new Error("the demo project lacks documents or entities");
  return world;
}
