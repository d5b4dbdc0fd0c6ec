import type { Metadata } from "next";
import Link from "next/link";
import { mayEditClaim } from "@/lib/access/may-edit-claim";
import { can } from "@/lib/access/permissions";
import { getEvidenceSpans } from "@/lib/annotations/get-evidence-spans";
import { claimHistory } from "@/lib/claims/claim-history";
import { listCommentThread } from "@/lib/comments/list-comment-thread";
import { describeClaims } from "@/lib/claims/describe-claims";
import { listProjectClaimTypes } from "@/lib/claims/types/list-project-claim-types";
import { formClaimTypes } from "@/lib/claims/types/form-fields";
import { listClaimTypes } from "@/lib/claims/types/resolve-claim-type";
import { listEntityNames } from "@/lib/entities/list-entity-names";
import { getEntityRefs } from "@/lib/entities/get-entity-refs";
import { getUserNames } from "@/lib/users/get-user-names";
import { Breadcrumbs } from "../../../../_components/breadcrumbs";
import { AttributionLine } from "../../_claims/attribution-line";
import { claimSummary } from "../../_claims/claim-summary";
import { humanize, typeLabeller } from "../../_claims/labels";
import { CommentThread } from "../../_components/comment-thread";
import { ProjectNav } from "../../_components/project-nav";
import "../../_claims/claims.css";
import { ClaimFields } from "./_components/claim-fields";
import { ClaimStatusPanel } from "./_components/claim-status-panel";
import { EditClaim } from "./_components/edit-claim";
import { EvidenceList } from "./_components/evidence-list";
import { HistoryTimeline } from "./_components/history-timeline";
import { loadClaim } from "./_lib/load-claim";

type Params = Promise<{ projectId: string; claimId: string }>;

/** Every string in recorded event data: candidate entity and annotation ids to name. */
function stringsIn(value: unknown, out: Set<string>): Set<string> {
  if (typeof value === "string") out.add(value);
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, out);
  else if (typeof value === "object" && value !== null) for (const v of Object.values(value)) stringsIn(v, out);
  return out;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { projectId, claimId } = await params;
  const { claim, project } = await loadClaim(projectId, claimId);
  return { title: `${humanize(claim.type)} claim · ${project.name}` };
}

export default async function ClaimPage({ params }: { params: Params }) {
  const { projectId, claimId } = await params;
  const { access, project, claim } = await loadClaim(projectId, claimId);
  const [described, types, history, comments] = await Promise.all([
    describeClaims(access, [claim]),
    listClaimTypes(projectId),
    claimHistory(access, claim.id),
    listCommentThread(access, { type: "claim", id: claim.id }),
  ]);
  const type = types.find((t) => (t.builtIn ? t.id : t.name) === claim.type);
  const entityFields = type?.entityFields.map((f) => f.field) ?? [];
  const isAuthor = mayEditClaim(access, { createdById: claim.createdBy });
  const editable = isAuthor && (claim.status === "draft" || claim.status === "changes_requested") && !claim.deprecated;
  const projectTypes = editable ? await listProjectClaimTypes(access) : [];
  // The type's declared fields name and order what the page shows, built-in and project types alike.
  const labels: Record<string, string> = Object.fromEntries(type?.fields.map((f) => [f.name, f.label || humanize(f.name)]) ?? []);
  const recorded = [...stringsIn(history.map((e) => e.data), new Set())];
  const [historyEntities, historySpans, people] = await Promise.all([
    getEntityRefs(access, recorded.slice(0, 500)),
    getEvidenceSpans(access, recorded.slice(0, 500)),
    getUserNames([claim.createdBy, ...history.flatMap((e) => (e.actorId ? [e.actorId] : []))]),
  ]);
  const entities = { ...historyEntities, ...described.entities };
  const spans = new Map([...historySpans].filter(([, s]) => s.exact !== null));
  const typeLabel = typeLabeller(types)(claim.type);
  const summary = claimSummary(claim.type, claim.fields, (id) => entities[id]?.name, labels);
  const formTypes = editable ? formClaimTypes(projectTypes) : [];
  const entityNames = editable ? await listEntityNames(access) : [];
  return (
    <>
      <Breadcrumbs
        items={[{ label: "Projects", href: "/projects" }, { label: project.name, href: `/projects/${projectId}` }, { label: "Claims", href: `/projects/${projectId}/claims` }, { label: `${typeLabel}: ${summary}` }]}
      />
      <div className="page-head">
        <h1>
          <span className="claim-type-heading">{typeLabel}:</span> <span dir="auto">{summary}</span>
        </h1>
      </div>
      <ProjectNav projectId={projectId} current="claims" memberCount={project.memberCount} />
      <div className="page-grid">
        <div className="page-primary">
          {editable ? <EditClaim projectId={projectId} claim={claim} types={formTypes} entities={entityNames} reporterDefault={null} /> : null}
          <section aria-labelledby="attribution-heading" className="panel">
            <h2 id="attribution-heading">Attribution</h2>
            <AttributionLine projectId={projectId} attribution={claim.attribution} entities={entities} />
            {claim.subjectEntityId ? (
              <p className="small">
                <Link href={`/projects/${projectId}/compare?type=${encodeURIComponent(claim.type)}&subject=${entities[claim.subjectEntityId]?.id ?? claim.subjectEntityId}`}>
                  Compare with other claims about the same subject
                </Link>
              </p>
            ) : null}
          </section>
          <section aria-labelledby="fields-heading" className="panel">
            <h2 id="fields-heading">Fields</h2>
            <ClaimFields projectId={projectId} fields={claim.fields} entityFields={entityFields} subjectField={type?.subjectField} entities={entities} labels={labels} />
          </section>
          <section aria-labelledby="evidence-heading" className="panel">
            <h2 id="evidence-heading">Evidence ({claim.evidence.length})</h2>
            <EvidenceList projectId={projectId} spans={described.details[claim.id]?.evidence ?? []} />
          </section>
          <CommentThread subject={{ type: "claim", id: claim.id }} canPost={can(access.role, "comment.create")} initial={comments} heading="h2" />
          <section aria-labelledby="history-heading">
            <h2 id="history-heading">History</h2>
            <HistoryTimeline
              projectId={projectId}
              events={history.map((e) => ({ id: e.id, type: e.type, actor: e.actorId ? (people.get(e.actorId) ?? "A former member") : "The workbench", data: e.data, createdAt: e.createdAt }))}
              entityFields={entityFields}
              entities={entities}
              spans={spans}
              labels={labels}
            />
          </section>
        </div>
        <div className="page-side stack">
          <ClaimStatusPanel
            claim={claim}
            author={people.get(claim.createdBy) ?? "A former member"}
            isAuthor={isAuthor}
            canSubmit={(claim.status === "draft" || claim.status === "changes_requested") && !claim.deprecated}
          />
        </div>
      </div>
    </>
  );
}
