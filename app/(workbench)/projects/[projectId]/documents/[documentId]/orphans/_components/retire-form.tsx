// Retires an orphan: it is kept with its history but no longer shown on the text. A reason helps
// whoever reads the log later.
import { type FormEvent, useState } from "react";

export function RetireForm({ id, disabled, onRetire }: { id: string; disabled: boolean; onRetire: (reason: string | undefined) => void }) {
  const [reason, setReason] = useState("");
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    onRetire(reason.trim() || undefined);
  }
  return (
    <form className="retire-form" onSubmit={onSubmit} aria-label="Retire">
      <label htmlFor={`${id}-reason`}>Reason for retiring</label>
      <input
        id={`${id}-reason`}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        maxLength={2000}
        placeholder="optional"
      />
      <button type="submit" className="button-small button-danger" disabled={disabled}>
        Retire
      </button>
    </form>
  );
}
