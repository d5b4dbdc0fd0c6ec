export function WikidataLink({ id }: { id: string }) {
  return (
    <a href={`https://www.wikidata.org/wiki/${id}`} rel="noreferrer noopener" target="_blank" className="nowrap">
      {id}
      <span className="visually-hidden"> on Wikidata (opens in a new tab)</span>
    </a>
  );
}
