// One list of a release comparison: claims added, removed or changed, each with its summary and,
// when changed, every value that differs (before → after).
import type { FieldChange } from "@/lib/releases/diff-records";

interface Item {
  id: string;
  type: string;
  status: string;
  summary: string;
  changes?: FieldChange[];
}

const show = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));

export function ClaimChanges({ title, items, total }: { title: string; items: Item[]; total: number }) {
  const id = `diff-${title.toLowerCase()}`;
  return (
    <section aria-labelledby={id} className="panel">
      <h2 id={id}>
        {title} ({total})
      </h2>
      {items.length === 0 ? (
        <p className="empty">None.</p>
      ) : (
        <ul className="diff-list">
          {items.map((item) => (
            <li key={item.id}>
              <span dir="auto">{item.summary}</span> <code className="small">{item.id}</code>
              {item.changes ? (
                <ul>
                  {item.changes.map((c) => (
                    <li key={c.path} className="diff-change">
                      <code>{c.path}</code>: <span className="diff-before" dir="auto">{show(c.before)}</span> →{" "}
                      <span className="diff-after" dir="auto">{show(c.after)}</span>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {total > items.length ? <p className="muted small">Showing the first {items.length}.</p> : null}
    </section>
  );
}
