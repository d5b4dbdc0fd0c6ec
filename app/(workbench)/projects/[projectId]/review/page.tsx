import type { Metadata } from "next";
import Link from "next/link";
import type { ProjectAccess } from "@/lib/access/authorize-project";
import { can } from "@/lib/access/permissions";
import { describeClaims } from "@/lib/claims/describe-claims";
import { listClaimTypes } from "@/lib/claims/types/resolve-claim-type";
import { listDocumentChoices } from "@/lib/documents/list-document-choices";
import { listMembers } from "@/lib/members/list-members";
import { AppError } from "@/lib/errors";
import { listReviewQueue, type TReviewQueueQuery, ZReviewQueueQuery } from "@/lib/reviews/list-review-queue";
import { Breadcrumbs } from "../../../_components/breadcrumbs";
import { ProjectNav } from "../_components/project-nav";
import { loadProject } from "../_lib/load-project";
import { QueueFilters } from "./_components/queue-filters";
import { ReviewQueue } from "./_components/review-queue";
import { queueRows } from "./_lib/queue-rows";
import "./review.css";

type Params = Promise<{ projectId: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { projectId } = await params;
  const { project } = await loadProject(projectId, `/projects/${projectId}/review`);
  return { title: `Review · ${project.name}` };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

/** Claims per page of the queue: a reviewer works through a hundred at a time, the next hundred a
 * link away, instead of the page drawing and sending (twice, as HTML and as the client's data) five hundred. */
const PAGE = 100;

/** A page of the queue; a cursor this page did not give out reads as the first page, not as a server error. */
async function queuePage(access: ProjectAccess, query: TReviewQueueQuery, now: Date, cursor: string | undefined) {
  try {
    return { queue: await listReviewQueue(access, query, now, { limit: PAGE, cursor }), cursor };
  } catch (error) {
    if (!(cursor && error instanceof AppError && error.code === "invalid_input")) throw error;
    return { queue: await listReviewQueue(access, query, now, { limit: PAGE }), cursor: undefined };
  }
}

export default async function ReviewPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { projectId } = await params;
  const sp = await searchParams;
  const { access, project } = await loadProject(projectId, `/projects/${projectId}/review`);
  const head = (
    <>
      <Breadcrumbs items={[{ label: "Projects", href: "/projects" }, { label: project.name, href: `/projects/${projectId}` }, { label: "Review" }]} />
      <div className="page-head">
        <h1>Review queue</h1>
        <p className="muted">
          Submitted and disputed claims ·{" "}
          {project.settings.requiredApprovals === 1 ? "1 approval needed" : `${project.settings.requiredApprovals} approvals from different reviewers needed`}
        </p>
      </div>
      <ProjectNav projectId={projectId} current="review" memberCount={project.memberCount} />
    </>
  );
  if (!can(access.role, "claim.review")) {
    return (
      <>
        {head}
        <p className="notice">
          Reviewing claims needs the reviewer or owner role; yours is {access.role}. Your assigned documents are under{" "}
          <Link href={`/projects/${projectId}/assignments`}>Assignments</Link>.
        </p>
      </>
    );
  }
  const parsed = ZReviewQueueQuery.safeParse({ type: one(sp.type), documentId: one(sp.document), annotatorId: one(sp.annotator), olderThanDays: one(sp.age) });
  const query = parsed.success ? parsed.data : {};
  const now = new Date();
  const [{ queue, cursor }, members, documents, types] = await Promise.all([
    queuePage(access, query, now, one(sp.cursor)),
    listMembers(access),
    listDocumentChoices(access, 500),
    listClaimTypes(projectId),
  ]);
  const described = await describeClaims(access, queue.items.map((i) => i.claim));
  const people = new Map(members.map((m) => [m.userId, m.name]));
  const typeNames = new Map(types.map((t) => [t.id, t.name]));
  const rows = queueRows(queue.items, described, { types: typeNames, people }, now);
  const filtered = Boolean(query.type || query.documentId || query.annotatorId || query.olderThanDays);
  const filters = Object.fromEntries(["type", "document", "annotator", "age"].flatMap((k) => (one(sp[k]) ? [[k, one(sp[k])!]] : [])));
  const next = queue.nextCursor ? `?${new URLSearchParams({ ...filters, cursor: queue.nextCursor })}` : null;
  const first = cursor ? `/projects/${projectId}/review${Object.keys(filters).length ? `?${new URLSearchParams(filters)}` : ""}` : null;
  return (
    <>
      {head}
      <QueueFilters
        basePath={`/projects/${projectId}/review`}
        query={query}
        types={types.map((t) => ({ id: t.id, name: t.name }))}
        documents={documents.map((d) => ({ id: d.id, title: d.version > 1 ? `${d.title} (v${d.version})` : d.title }))}
        annotators={members.filter((m) => can(m.role, "annotation.create")).map((m) => ({ id: m.userId, name: m.name }))}
      />
      {!parsed.success ? <p className="form-message form-message-error">Those filters were not understood; showing the whole queue.</p> : null}
      <p className="muted small queue-count" aria-live="polite">
        {rows.length} claim{rows.length === 1 ? "" : "s"} {filtered ? "match these filters" : "awaiting review"}
        {cursor ? " on this page" : ""}
        {queue.truncated ? `; more after these ${PAGE}, the oldest first` : ""}.
      </p>
      <ReviewQueue projectId={projectId} rows={rows} requiredApprovals={queue.requiredApprovals} filtered={filtered} />
      {next || first ? (
        <p className="muted small">
          {next ? <Link href={next}>Next {PAGE} →</Link> : null} {first ? <Link href={first}>First page</Link> : null}
        </p>
      ) : null}
    </>
  );
}
