"use client";
// "Select the words yourself": the newest text in a textarea that cannot be edited. Its
// selectionStart and selectionEnd count UTF-16 units of the textarea's value, which differs from
// the stored text only where the text has CRLF line breaks; `textareaOffsets` maps them back.
// It is not `readOnly`: Chromium gives a read-only textarea no keyboard caret, so Shift+arrow
// selection would be impossible. Instead every edit is cancelled (beforeinput), React keeps the
// value it controls, and aria-readonly tells assistive technology.
import { useEffect, useRef, useState } from "react";
import type { TextareaOffsets } from "@/lib/anchoring/textarea-offsets";
import { shorten } from "./quote-context";

interface Props {
  id: string;
  offsets: TextareaOffsets;
  version: number;
  lang?: string | undefined;
  hint: { start: number; end: number };
  disabled: boolean;
  onAttach: (start: number, end: number) => void;
}

/** How tall `text` is in a textarea like `el` (a hidden copy measures it), to scroll a selection into view. */
function heightOfText(el: HTMLTextAreaElement, text: string): number {
  const copy = el.cloneNode() as HTMLTextAreaElement;
  copy.removeAttribute("id");
  copy.style.cssText = `position:absolute;visibility:hidden;height:0;width:${el.offsetWidth}px;`;
  copy.value = text;
  el.parentElement?.appendChild(copy);
  const height = copy.scrollHeight;
  copy.remove();
  return height;
}

export function SelectInText({ id, offsets, version, lang, hint, disabled, onAttach }: Props) {
  const area = useRef<HTMLTextAreaElement>(null);
  const [selected, setSelected] = useState("");
  const [problem, setProblem] = useState<string | null>(null);

  function track() {
    const el = area.current;
    if (!el) return;
    setSelected(offsets.value.slice(el.selectionStart, el.selectionEnd));
    setProblem(null);
  }

  useEffect(() => {
    const el = area.current;
    if (!el) return;
    const refuse = (e: Event) => e.preventDefault();
    el.addEventListener("beforeinput", refuse);
    const start = offsets.toValue(hint.start);
    el.focus();
    el.setSelectionRange(start, offsets.toValue(hint.end));
    el.scrollTop = Math.max(0, heightOfText(el, offsets.value.slice(0, start)) - el.clientHeight / 3);
    track();
    return () => el.removeEventListener("beforeinput", refuse);
    // Runs once, when the panel opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /** Anything that got past beforeinput (IME composition) is undone: React restores its value. */
  function keep() {
    track();
  }

  function attach() {
    const el = area.current;
    if (!el || el.selectionEnd <= el.selectionStart) return setProblem("Select some words in the text first.");
    onAttach(offsets.toText(el.selectionStart), offsets.toText(el.selectionEnd));
  }

  return (
    <div className="select-in-text">
      <label htmlFor={`${id}-text`}>Text of version {version}: select the words this annotation belongs to</label>
      <textarea
        ref={area}
        id={`${id}-text`}
        className="select-in-text-area"
        aria-readonly="true"
        spellCheck={false}
        rows={9}
        dir="auto"
        lang={lang}
        value={offsets.value}
        onChange={keep}
        aria-describedby={`${id}-selected`}
        onSelect={track}
        onKeyUp={track}
        onMouseUp={track}
      />
      <p id={`${id}-selected`} className="selected-preview">
        {selected ? (
          <>
            Selected: <q dir="auto">{shorten(selected, 140)}</q> <span className="muted">({selected.length} characters)</span>
          </>
        ) : (
          <span className="muted">Nothing selected. Select with the mouse, or move with the arrow keys and hold Shift.</span>
        )}
      </p>
      {problem ? <p className="field-error">{problem}</p> : null}
      <button type="button" className="button-primary" disabled={disabled} onClick={attach}>
        Re-attach to selection
      </button>
    </div>
  );
}
