// What happens to an imported text, said once beside the form.
export function ImportNotes() {
  return (
    <aside className="panel import-notes" aria-labelledby="import-notes-heading">
      <h2 id="import-notes-heading">What is stored</h2>
      <ul>
        <li>Pasted text and .txt or .md files are stored exactly as given; every quote and offset refers to that text.</li>
        <li>
          HTML is cleaned on the server: headings, paragraphs, lists and tables are kept as text; scripts, styles, embedded frames,
          images and link addresses are dropped.
        </li>
        <li>At most 5 MB of text (UTF-8). Split longer sources into parts.</li>
        <li>Files must be UTF-8. Published dates may be partial: 1988 or 1988-07.</li>
      </ul>
    </aside>
  );
}
