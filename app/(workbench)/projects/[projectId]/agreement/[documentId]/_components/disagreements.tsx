// What a curator settles: spans only one annotator of a pair marked, and field values that differ
// on the same words. Quotes keep their own direction. Each group shows a preview, or pages of 200
// when it is the group opened (disagreement-window.ts).
import Link from "next/link";
import type { ReactNode } from "react";
import type { AgreementView } from "../_lib/agreement-view";
import { type DisagreementWindow, disagreementWindow, type Opened, PAGE } from "../_lib/disagreement-window";

const n = (x: number) => x.toLocaleString("en");

function WindowNav({ window: w, group, base, anchor }: { window: DisagreementWindow<unknown>; group: string; base: string; anchor: string }) {
  const href = (at: number) => `${base}?show=${encodeURIComponent(group)}${at ? `&at=${at}` : ""}#${anchor}`;
  if (!w.opened) {
    if (w.total <= w.items.length) return null;
    return (
      <p className="small window-nav">
        {n(w.items.length)} of {n(w.total)} shown · <Link href={href(0)}>Show all {n(w.total)}, {PAGE} at a time</Link>
      </p>
    );
  }
  return (
    <nav className="small window-nav" aria-label={`Pages of ${anchor.replace(/-/g, " ")}`}>
      {n(w.at + 1)}–{n(w.at + w.items.length)} of {n(w.total)}
      {w.previous !== null && <> · <Link href={href(w.previous)} rel="prev">Previous</Link></>}
      {w.next !== null && <> · <Link href={href(w.next)} rel="next">Next</Link></>}
      {" · "}
      <Link href={`${base}#${anchor}`}>Back to the summary</Link>
    </nav>
  );
}

function Group({ heading, id, children, nav }: { heading: ReactNode; id: string; children: ReactNode; nav: ReactNode }) {
  return (
    <div className="disagreement-group" id={id}>
      <h4>{heading}</h4>
      {children}
      {nav}
    </div>
  );
}

export function SpanDisagreements({ pairs, opened, base }: { pairs: AgreementView["pairs"]; opened: Opened; base: string }) {
  const open = pairs.filter((p) => p.spans.length > 0);
  if (open.length === 0) return <p className="muted">Every span was marked by both annotators of each pair (at least in part).</p>;
  return (
    <>
      {open.map((p) => {
        const group = `pair:${p.key}`;
        const anchor = `spans-${p.key}`;
        const w = disagreementWindow(p.spans, group, opened);
        return (
          <Group key={p.key} id={anchor} heading={<>{p.a} and {p.b}</>} nav={<WindowNav window={w} group={group} base={base} anchor={anchor} />}>
            <ul className="disagreement-list">
              {w.items.map((s, i) => (
                <li key={`${s.start}-${s.end}-${w.at + i}`}>
                  <blockquote dir="auto">{s.quote}</blockquote>
                  <p className="small muted">
                    marked only by <strong className="who">{s.by}</strong>, not by {s.notBy} · characters {s.start}–{s.end}
                  </p>
                </li>
              ))}
            </ul>
          </Group>
        );
      })}
    </>
  );
}

export function FieldDisagreements({ fields, opened, base }: { fields: AgreementView["fields"]; opened: Opened; base: string }) {
  const open = fields.filter((f) => f.disagreements.length > 0);
  if (open.length === 0) return <p className="muted">Where annotators&apos; claims rest on the same words, their field values agree.</p>;
  return (
    <>
      {open.map((f) => {
        const group = `field:${f.field}`;
        const anchor = `field-${f.field.replace(/[^A-Za-z0-9_-]/g, "-")}`;
        const w = disagreementWindow(f.disagreements, group, opened);
        return (
          <Group key={f.field} id={anchor} heading={f.label} nav={<WindowNav window={w} group={group} base={base} anchor={anchor} />}>
            <ul className="disagreement-list">
              {w.items.map((d) => (
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
          </Group>
        );
      })}
    </>
  );
}
