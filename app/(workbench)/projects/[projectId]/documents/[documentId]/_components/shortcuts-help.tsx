"use client";
// The "Shortcuts" button and the dialog listing the reader's keys (also opened with "?").
import { useEffect, useRef } from "react";
import { SHORTCUT_HELP } from "@/lib/reader";

export function ShortcutsHelp({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  return (
    <>
      <button type="button" className="button-small" aria-haspopup="dialog" onClick={() => onOpenChange(true)}>
        Shortcuts <kbd>?</kbd>
      </button>
      <dialog ref={dialog} className="rd-dialog" aria-labelledby="rd-shortcuts-heading" onClose={() => onOpenChange(false)}>
        <h2 id="rd-shortcuts-heading">Keyboard shortcuts</h2>
        <table className="rd-keys">
          <tbody>
            {SHORTCUT_HELP.map((s) => (
              <tr key={s.what}>
                <th scope="row">
                  {s.keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 ? " + " : ""}
                      <kbd>{k}</kbd>
                    </span>
                  ))}
                </th>
                <td>{s.what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <form method="dialog">
          <button type="submit" className="button-quiet">
            Close
          </button>
        </form>
      </dialog>
    </>
  );
}
