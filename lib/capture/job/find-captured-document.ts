// The source a project already holds for a page: the newest version of the document whose source URL
// is the page's requested or final URL, written in any equivalent form (capture-url-key.ts). A page
// captured again continues that document's lineage.
import type { JobContext } from "../../jobs/job-kind";
import { captureUrlHost, captureUrlKey } from "../url/capture-url-key";

export async function findCapturedDocument(db: JobContext["db"], projectId: string, urls: string[]): Promise<string | null> {
  const keys = new Set(urls.map(captureUrlKey).filter((k): k is string => k !== null));
  const hosts = [...new Set(urls.map(captureUrlHost).filter((h): h is string => h !== null))];
  if (keys.size === 0 || hosts.length === 0) return null;
  const candidates = await db.document.findMany({
    where: { projectId, OR: hosts.map((host) => ({ sourceUrl: { contains: host, mode: "insensitive" as const } })) },
    select: { id: true, lineageId: true, version: true, sourceUrl: true },
    orderBy: [{ createdAt: "desc" }],
    take: 500,
  });
  const same = candidates.filter((d) => d.sourceUrl && keys.has(captureUrlKey(d.sourceUrl) ?? ""));
  if (same.length === 0) return null;
  // Several lineages from one URL (imported twice by hand): continue the most recently made one.
  const newest = same.reduce((a, b) => (b.lineageId === a.lineageId && b.version > a.version ? b : a));
  return newest.id;
}
