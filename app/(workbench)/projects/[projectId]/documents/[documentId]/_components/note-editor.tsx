"use client";
// Edits the note attached to an annotation (PATCH). Ctrl/Cmd+Enter saves, Esc cancels; an empty
// note removes it. Errors stay in the form, read out by the live region of FormMessage.
import { type KeyboardEvent, useState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { type AnnotationDetail, saveNote } from "../_lib/api";

interface Props {
  id: string;
  note: string | null;
  onSaved: (detail: AnnotationDetail) => void;
  onCancel: () => void;
}

export function NoteEditor({ id, note, onSaved, onCancel }: Props) {
  const [value, setValue] = useState(note ?? "");
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | undefined>();

  const save = async () => {
    setSaving(true);
    const r = await saveNote(id, value.trim() ? value : null);
    setSaving(false);
    if (r.ok) onSaved(r.data);
    else setError(r.failure.message);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === "Escape") {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
    } else if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save();
    }
  };

  return (
    <form
      className="rd-note-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label htmlFor="rd-note">Note</label>
      <textarea id="rd-note" rows={4} value={value} onChange={(e) => setValue(e.target.value)} onKeyDown={onKeyDown} autoFocus dir="auto" />
      <FormMessage message={error} tone="error" />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={saving}>
          {saving ? "Saving…" : "Save note"}
        </button>
        <button type="button" className="button-quiet" onClick={onCancel}>
          Cancel
        </button>
        <span className="muted small">Ctrl+Enter saves</span>
      </div>
    </form>
  );
}
