// The queue's keyboard shortcuts, always one click (or "?") away.
export const SHORTCUTS: [string, string][] = [
  ["j / k", "Next / previous claim"],
  ["o", "Show or hide the claim's details and discussion"],
  ["a", "Approve"],
  ["c", "Request changes (asks for a note)"],
  ["r", "Reject (asks for a note)"],
  ["d", "Dispute (asks for a note)"],
  ["1 – 6", "Set the credibility sent with your decision"],
  ["x", "Select or unselect for a bulk decision"],
  ["Shift + A", "Approve every selected claim"],
  ["?", "Show or hide these shortcuts"],
];

export function ShortcutsHelp({ open, onToggle }: { open: boolean; onToggle: (open: boolean) => void }) {
  return (
    <details className="shortcuts" open={open} onToggle={(e) => onToggle(e.currentTarget.open)}>
      <summary>Shortcuts</summary>
      <table className="shortcuts-table">
        <caption className="visually-hidden">Keyboard shortcuts of the review queue</caption>
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Does</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map(([key, what]) => (
            <tr key={key}>
              <td>
                <kbd>{key}</kbd>
              </td>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">Keys work anywhere on this page except while typing in a field.</p>
    </details>
  );
}
