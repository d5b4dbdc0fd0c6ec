// The numbers behind the chart: exact and overlap F1 and the spans only one of the pair marked.
export interface PairRow {
  key: string;
  a: string;
  b: string;
  exactF1: number;
  overlapF1: number;
  onlyA: number;
  onlyB: number;
}

export function PairsTable({ id, pairs }: { id: string; pairs: PairRow[] }) {
  return (
    <div className="table-scroll">
      <table className="data-table" id={id}>
        <caption className="visually-hidden">Span agreement per annotator pair</caption>
        <thead>
          <tr>
            <th scope="col">Annotator A</th>
            <th scope="col">Annotator B</th>
            <th scope="col" className="num">Exact F1</th>
            <th scope="col" className="num">Overlap F1</th>
            <th scope="col" className="num">Only A marked</th>
            <th scope="col" className="num">Only B marked</th>
          </tr>
        </thead>
        <tbody>
          {pairs.map((p) => (
            <tr key={p.key}>
              <td>{p.a}</td>
              <td>{p.b}</td>
              <td className="num">{p.exactF1.toFixed(2)}</td>
              <td className="num">{p.overlapF1.toFixed(2)}</td>
              <td className="num">{p.onlyA}</td>
              <td className="num">{p.onlyB}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
