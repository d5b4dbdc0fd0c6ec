// One subject's claims: the chart of estimates (when the type has a count), the side-by-side
// table, and how independent the sources behind them are.
import Link from "next/link";
import { formatNumber } from "@/app/_lib/format";
import { claimSummary, truncate } from "../../_claims/claim-summary";
import { estimateMark } from "../../_claims/estimate-marks";
import { asCount, describeCount } from "../../_claims/format-count";
import { CompareTable } from "./compare-table";
import { ChartLegend, EstimatesChart } from "./estimates-chart";
import { IndependenceSummary } from "./independence-summary";
import type { CompareGroupData } from "./types";

/** Rows drawn per group (claims, and origins in the independence table): a subject with thousands
 * of claims would otherwise make a page too big to send or read. The heading, the range and the
 * independence summary still count every claim. A hundred: at two hundred, drawing the rows was most
 * of the page's server time (280 ms of app CPU for a subject with 10,000 claims). */
export const SHOWN_PER_GROUP = 100;

interface Props {
  projectId: string;
  index: number;
  group: CompareGroupData;
  type: string;
  typeLabel: string;
  countField: string | undefined;
  /** What the count counts, for the chart's axis. */
  countLabel: string;
}

export function CompareGroup({ projectId, index, group, type, typeLabel, countField, countLabel }: Props) {
  const subject = group.subject?.name ?? "No subject named";
  const total = group.total;
  const claims = group.claims.slice(0, SHOWN_PER_GROUP);
  const names = new Map(claims.flatMap((r) => [r.assertedBy, r.reportedBy, ...r.via, group.subject]).flatMap((e) => (e ? [[e.id, e.name] as const] : [])));
  const values = claims.map((r) => claimSummary(type, r.fields, (id) => names.get(id)));
  const asserter = (r: CompareGroupData["claims"][number]) => r.assertedBy?.name ?? "unknown asserter";
  const { lowest, highest } = group.summary;
  const range = lowest !== null && highest !== null ? (lowest === highest ? `, all at ${formatNumber(lowest)}` : `, from ${formatNumber(lowest)} to ${formatNumber(highest)}`) : "";
  const id = `group-${index}`;
  return (
    <section aria-labelledby={`${id}-heading`} className="panel compare-group">
      <h2 id={`${id}-heading`}>
        {group.subject ? (
          <Link href={`/projects/${projectId}/entities/${group.subject.id}`} dir="auto">
            {subject}
          </Link>
        ) : (
          subject
        )}{" "}
        <span className="muted small">
          {formatNumber(total)} {total === 1 ? "claim" : "claims"}
        </span>
      </h2>
      {total > claims.length ? (
        <p className="muted small" data-testid="compare-shown">
          Showing the first {formatNumber(claims.length)} of {formatNumber(total)} claims. The range and the independence summary count all of them; filter by status,
          or export the claims for the whole set.
        </p>
      ) : null}
      {countField ? (
        <figure className="chart-figure">
          <EstimatesChart
            id={id}
            label={`${typeLabel} estimates for ${subject}: ${total} ${total === 1 ? "claim" : "claims"}${range}${total > claims.length ? `, the first ${claims.length} drawn` : ""}.`}
            axisLabel={countLabel}
            rows={claims.map((r, i) => {
              const count = asCount(r.fields[countField]);
              return {
                label: `${i + 1}. ${truncate(asserter(r), 24)}`,
                title: `${i + 1}. ${asserter(r)}: ${describeCount(count)}`,
                mark: estimateMark(count, r.bounds),
                muted: r.deprecated || r.status === "rejected",
              };
            })}
          />
          <figcaption>
            <ChartLegend />
          </figcaption>
        </figure>
      ) : null}
      <CompareTable projectId={projectId} rows={claims} values={values} caption={`${typeLabel} claims about ${subject}, side by side`} />
      <IndependenceSummary projectId={projectId} summary={group.summary} headingId={`${id}-independence`} />
    </section>
  );
}
