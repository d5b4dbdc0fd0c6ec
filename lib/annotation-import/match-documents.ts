// Finds the document an imported target belongs to: the one named by `?documentId=`, else the
// document whose API URL (…/api/v1/documents/{id}, as our W3C export writes) or captured source
// URL equals the target's source, or is the same web page written another way (http/https, www.,
// trailing slash, fragment, tracking parameters: capture-url-key.ts). Annotations go on the newest
// version of that source.
import { captureUrlHost, captureUrlKey } from "../capture/url/capture-url-key";
import { db } from "../db/client";

export type DocumentMatch =
  | { ok: true; documentId: string; text: string; sameVersion: boolean }
  | { ok: false; reason: "no_document" | "ambiguous_document"; message: string };

const API_DOCUMENT = /\/api\/v1\/documents\/([A-Za-z0-9_-]{1,64})\/?$/;

/** The URL as written, without a fragment, and with and without a trailing slash. */
function urlVariants(source: string): string[] {
  const bare = source.split("#")[0] ?? source;
  const trimmed = bare.replace(/\/+$/, "");
  return [...new Set([source, bare, trimmed, `${trimmed}/`])];
}

export function documentMatcher(projectId: string, documentId?: string): (source: string | null) => Promise<DocumentMatch> {
  const cache = new Map<string, Promise<DocumentMatch>>();

  async function newestOf(named: { id: string; lineageId: string }): Promise<DocumentMatch> {
    const newest = await db().document.findFirstOrThrow({
      where: { projectId, lineageId: named.lineageId },
      orderBy: { version: "desc" },
      select: { id: true, text: true },
    });
    return { ok: true, documentId: newest.id, text: newest.text, sameVersion: newest.id === named.id };
  }

  async function byId(id: string): Promise<DocumentMatch | null> {
    const doc = await db().document.findFirst({ where: { projectId, id }, select: { id: true, lineageId: true } });
    return doc ? newestOf(doc) : null;
  }

  async function find(source: string | null): Promise<DocumentMatch> {
    const apiId = source ? API_DOCUMENT.exec(source.split("#")[0] ?? "")?.[1] : undefined;
    if (documentId) {
      const chosen = await byId(documentId);
      if (!chosen) return { ok: false, reason: "no_document", message: `No document ${documentId} in this project.` };
      // Offsets count in this text only if the file itself names this very version.
      return chosen.ok ? { ...chosen, sameVersion: apiId === chosen.documentId } : chosen;
    }
    if (!source) return { ok: false, reason: "no_document", message: "The target names no source document; pass ?documentId= to choose one." };
    const named = apiId ? await byId(apiId) : null;
    if (named) return named;
    const docs = await documentsFrom(source);
    const lineages = [...new Set(docs.map((d) => d.lineageId))];
    if (lineages.length === 0) return { ok: false, reason: "no_document", message: `No document of this project was captured from ${source}.` };
    if (lineages.length > 1) {
      return { ok: false, reason: "ambiguous_document", message: `${lineages.length} different documents were captured from ${source}; pass ?documentId= to choose one.` };
    }
    // A source URL says nothing of which version: offsets from it are not this text's.
    const match = await newestOf(docs[0]!);
    return match.ok ? { ...match, sameVersion: false } : match;
  }

  async function documentsFrom(source: string) {
    const exact = await db().document.findMany({ where: { projectId, sourceUrl: { in: urlVariants(source) } }, select: { id: true, lineageId: true } });
    if (exact.length > 0) return exact;
    const key = captureUrlKey(source);
    const host = captureUrlHost(source);
    if (!key || !host) return [];
    // Same page, written otherwise: narrow by host in SQL, then compare keys.
    const sameHost = await db().document.findMany({
      where: { projectId, sourceUrl: { contains: host, mode: "insensitive" } },
      select: { id: true, lineageId: true, sourceUrl: true },
    });
    return sameHost.filter((d) => d.sourceUrl && captureUrlKey(d.sourceUrl) === key);
  }

  return (source) => {
    const key = source ?? "";
    let found = cache.get(key);
    if (!found) cache.set(key, (found = find(source)));
    return found;
  };
}
