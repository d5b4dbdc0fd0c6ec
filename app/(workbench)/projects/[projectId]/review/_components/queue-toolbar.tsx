"use client";
// Above the queue: the shortcuts help, and the bulk bar (how many are selected, approve them all).
import { ShortcutsHelp } from "./shortcuts-help";

interface Props {
  help: boolean;
  onHelp: (open: boolean) => void;
  selected: number;
  pending: boolean;
  onApproveSelected: () => void;
  onClearSelection: () => void;
}

export function QueueToolbar({ help, onHelp, selected, pending, onApproveSelected, onClearSelection }: Props) {
  return (
    <div className="queue-toolbar">
      <ShortcutsHelp open={help} onToggle={onHelp} />
      <div className="queue-bulk">
        <span className="muted small">{selected} selected</span>
        <button type="button" className="button-quiet" onClick={onApproveSelected} disabled={pending || selected === 0}>
          Approve selected <kbd aria-hidden="true">Shift+A</kbd>
        </button>
        {selected ? (
          <button type="button" className="button-small" onClick={onClearSelection}>
            Clear selection
          </button>
        ) : null}
      </div>
    </div>
  );
}
