"use client";
// How independent the sources behind a group are: originating asserters (after merges), the
// documents behind them, and how many documents only repeat an origin already carried elsewhere.
// A client component given the summary alone: its origins travel once, as values.
import { formatNumber } from "@/app/_lib/format";
import { EntityLink } from "../../_claims/entity-link";
import { independenceText } from "../_lib/independence-text";
import type { CompareGroupData } from "./types";

export function IndependenceSummary({ projectId, summary, headingId }: { projectId: string; summary: CompareGroupData["summary"]; headingId: string }) {
  return (
    <section aria-labelledby={headingId} className="independence">
      <h3 id={headingId}>Independence</h3>
      <p className="independence-line" data-testid="independence-summary">
        {independenceText({ independentOrigins: summary.independentOrigins, documents: summary.documents, repeatingDocuments: summary.repeatingDocuments })}.
      </p>
      <p className="muted small">A document merely repeats when other documents already carry every origin it carries. Documents count once across their versions.</p>
      {summary.origins.length < summary.independentOrigins ? (
        <p className="muted small" data-testid="origins-shown">
          Listing the {formatNumber(summary.origins.length)} origins with the most documents of {formatNumber(summary.independentOrigins)}.
        </p>
      ) : null}
      <table className="data-table origin-table">
        <caption className="visually-hidden">Claims and documents per originating asserter</caption>
        <thead>
          <tr>
            <th scope="col">Origin</th>
            <th scope="col" className="num">
              Claims
            </th>
            <th scope="col" className="num">
              Documents
            </th>
          </tr>
        </thead>
        <tbody>
          {summary.origins.map((o) => (
            <tr key={o.origin}>
              <th scope="row">{o.entity ? <EntityLink projectId={projectId} id={o.entity.id} entity={{ ...o.entity, namedAs: null }} showReliability /> : <code>{o.origin}</code>}</th>
              <td className="num">{o.claims}</td>
              <td className="num">{o.documents}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
