// What a curator settles: spans only one annotator of a pair marked, and field values that differ
// on the same words. Quotes keep their own direction.
import type { AgreementView } from "../_lib/agreement-view";

export function SpanDisagreements({ pairs }: { pairs: AgreementView["pairs"] }) {
  const open = pairs.filter((p) => p.spans.length > 0);
  if (open.length === 0) return <p className="muted">Every span was marked by both annotators of each pair (at least in part).</p>;
  return (
    <>
      {open.map((p) => (
        <div key={p.key} className="disagreement-group">
          <h4>
            {p.a} and {p.b}
          </h4>
          <ul className="disagreement-list">
            {p.spans.map((s, i) => (
              <li key={`${s.start}-${s.end}-${i}`}>
                <blockquote dir="auto">{s.quote}</blockquote>
                <p className="small muted">
                  marked only by <strong className="who">{s.by}</strong>, not by {s.notBy} · characters {s.start}–{s.end}
                </p>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

export function FieldDisagreements({ fields }: { fields: AgreementView["fields"] }) {
  const open = fields.filter((f) => f.disagreements.length > 0);
  if (open.length === 0) return <p className="muted">Where annotators&apos; claims rest on the same words, their field values agree.</p>;
  return (
    <>
      {open.map((f) => (
        <div key={f.field} className="disagreement-group">
          <h4>{f.label}</h4>
          <ul className="disagreement-list">
            {f.disagreements.map((d) => (
              <li key={d.unit}>
                <blockquote dir="auto">{d.quote}</blockquote>
                <dl className="coder-values">
                  {d.values.map((v) => (
                    <div key={v.coder}>
                      <dt>{v.coder}</dt>
                      <dd dir="auto">{v.value}</dd>
                    </div>
                  ))}
                </dl>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
