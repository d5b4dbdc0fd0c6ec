// Krippendorff's alpha (nominal) per claim field, over the units both annotators' claims rest on.
import type { AgreementView } from "../_lib/agreement-view";

export function FieldsTable({ fields: all }: { fields: AgreementView["fields"] }) {
  const fields = all.filter((f) => f.units > 0);
  const unshared = all.length - fields.length;
  if (fields.length === 0) return <p className="empty">No two annotators&apos; claims rest on the same words yet, so there are no field values to compare.</p>;
  return (
    <div className="table-scroll">
      {unshared ? (
        <p className="muted small">
          {unshared} more field{unshared === 1 ? " was" : "s were"} valued by only one annotator on any unit, and {unshared === 1 ? "is" : "are"} left out.
        </p>
      ) : null}
      <table className="data-table">
        <caption className="visually-hidden">Agreement per claim field</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col" className="num">
              <abbr title="Krippendorff's alpha, nominal">α</abbr>
            </th>
            <th scope="col">Reading</th>
            <th scope="col" className="num">Units compared</th>
            <th scope="col" className="num">Disagreements</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => (
            <tr key={f.field}>
              <td>{f.label}</td>
              <td className="num">{f.alpha === null ? "—" : f.alpha.toFixed(3)}</td>
              <td>
                <span className={`alpha alpha-${f.reading.split(" ")[0]}`}>{f.reading}</span>
              </td>
              <td className="num">{f.units}</td>
              <td className="num">{f.disagreements.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
