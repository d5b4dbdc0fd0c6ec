// The crash demo's project, made through the public API: a source with thousands of spans to
// re-anchor, a second source to import thousands of spans onto, and enough claims that a release
// takes a measurable while to write.
import type { Api } from "./api-client";

const pad = (n: number) => String(n).padStart(5, "0");

/** Sentences each with a unique number, so every quote is found exactly once. */
export function sourceText(count: number, sentence: (id: string) => string): string {
  const paragraphs: string[] = [];
  for (let i = 0; i < count; i += 8) {
    const ids = Array.from({ length: Math.min(8, count - i) }, (_, k) => pad(i + k));
    paragraphs.push(ids.map(sentence).join(" "));
  }
  return paragraphs.join("\n\n");
}

export const witness = (id: string) => `Witness ${id} described the night of the transfer to ward ${Number(id) % 17}.`;
export const statement = (id: string) => `Statement ${id} was recorded in the prison file of that week.`;
export const witnessQuote = (n: number) => `Witness ${pad(n)} described`;
export const statementQuote = (n: number) => `Statement ${pad(n)} was recorded`;

/** The revised source: a new opening paragraph and one sentence in fifty reworded. */
export function revisedWitnessText(count: number): string {
  const body = sourceText(count, (id) => (Number(id) % 50 === 7 ? `Witness ${id} recalled, years later, the night of the transfer.` : witness(id)));
  return `Editor's note: this account was corrected after publication.\n\n${body}`;
}

export function w3cImport(quotes: string[]): unknown[] {
  return quotes.map((exact) => ({ "@context": "http://www.w3.org/ns/anno.jsonld", type: "Annotation", target: { selector: { type: "TextQuoteSelector", exact } } }));
}

export interface DemoProject {
  projectId: string;
  reanchorDocumentId: string;
  importDocumentId: string;
}

async function inParallel<T>(items: T[], width: number, fn: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) await fn(items[next++] as T);
  }));
}

export async function createDemoProject(api: Api, sizes: { spans: number; importSpans: number; claims: number }, log: (line: string) => void): Promise<DemoProject> {
  const { id: projectId } = await api.call<{ id: string }>("POST", "/projects", { name: "Crash demo", description: "Made by npm run crash:demo." });
  const doc = await api.call<{ id: string }>("POST", `/projects/${projectId}/documents`, { title: "Witness accounts", text: sourceText(sizes.spans, witness) });
  const imported = await api.call<{ created: unknown[] }>("POST", `/projects/${projectId}/annotations/import?documentId=${doc.id}`, w3cImport(Array.from({ length: sizes.spans }, (_, i) => witnessQuote(i))));
  log(`  setup: "Witness accounts" with ${imported.created.length.toLocaleString("en")} spans`);
  const target = await api.call<{ id: string; length: number }>("POST", `/projects/${projectId}/documents`, { title: "Prison file statements", text: sourceText(sizes.importSpans, statement) });
  const { id: speaker } = await api.call<{ id: string }>("POST", `/projects/${projectId}/entities`, { kind: "person", name: "Witness" });
  const annotations = await api.call<{ items: { id: string }[] }>("GET", `/documents/${doc.id}/annotations?limit=500`);
  const spans = annotations.items.map((a) => a.id);
  await inParallel(Array.from({ length: sizes.claims }, (_, i) => i), 4, (i) =>
    api.call("POST", `/projects/${projectId}/claims`, {
      type: "statement",
      fields: { speaker, quote: `Account ${i}: the prisoners were taken at night.` },
      evidence: [spans[i % spans.length]],
      attribution: { assertedBy: speaker, stance: "asserts" },
    }),
  );
  log(`  setup: ${sizes.claims.toLocaleString("en")} claims; "Prison file statements" (${target.length.toLocaleString("en")} characters) to import onto`);
  return { projectId, reanchorDocumentId: doc.id, importDocumentId: target.id };
}
