// A team at a steady rate (open loop): each member reads a document's annotations, then marks a span
// of it, one request every `users / rate` seconds, on a schedule fixed in advance. A request's time is
// counted from when the schedule said to send it, not from when it went out, so a slow answer that
// delays the member's next request is charged to that request too (no coordinated omission).
import { Prng } from "../anchoring/prng";
import { exchange } from "./http";
import type { Recorder } from "./latency";
import type { World } from "./setup-annotators";
import type { Tally } from "./virtual-annotator";
import { pickSpan, WordIndex } from "./work";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

export async function runPacedTeam(options: { baseUrl: string; world: World; rate: number; seconds: number; recorder: Recorder; tally: Tally; texts: Map<string, string> }): Promise<number> {
  const { baseUrl, world, rate, seconds, recorder, tally, texts } = options;
  const users = world.tokens.length;
  const interval = (1000 * users) / rate;
  const start = performance.now() + 200;
  const member = async (user: number) => {
    const rng = new Prng(7 + user);
    const words = new WordIndex();
    const token = world.tokens[user]!;
    // Members start spread over one interval, so the team's requests arrive evenly.
    for (let k = 0; ; k++) {
      const due = start + (user / users) * interval + k * interval;
      if (due > start + seconds * 1000) return;
      await sleep(due - performance.now());
      const documentId = rng.pick(world.documentIds);
      const text = texts.get(documentId)!;
      const write = k % 2 === 1;
      const r = write
        ? await exchange(baseUrl, "POST", `/api/v1/documents/${documentId}/annotations`, { token, body: pickSpan(rng, text, words) })
        : await exchange(baseUrl, "GET", `/api/v1/documents/${documentId}/annotations?limit=50`, { token });
      const kind = write ? "team: create annotation" : "team: list annotations";
      recorder.record(kind, performance.now() - due);
      if (r.status !== (write ? 201 : 200)) recorder.fail({ kind, what: write ? "POST annotations" : "GET annotations", status: r.status, body: r.body.slice(0, 600) });
      else if (write) tally.annotations += 1;
    }
  };
  await Promise.all(world.tokens.map((_, user) => member(user)));
  return (performance.now() - start) / 1000;
}

/** Each document's text, read once through the API, for picking spans. */
export async function readTexts(baseUrl: string, world: World): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const documentId of world.documentIds) {
    const r = await exchange(baseUrl, "GET", `/api/v1/documents/${documentId}`, { token: world.tokens[0]! });
    if (r.status !== 200) throw new Error(`reading ${documentId}: ${r.status} ${r.body.slice(0, 200)}`);
    texts.set(documentId, (JSON.parse(r.body) as { text: string }).text);
  }
  return texts;
}
