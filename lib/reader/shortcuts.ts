// The reader's keyboard shortcuts, written down once for the key handler and the help dialog.
// Letter keys are also recognised by their physical key (KeyJ...), so they work with a Persian or
// Arabic keyboard layout too.

export type ShortcutAction = "next" | "previous" | "annotate" | "claim" | "edit" | "close" | "help" | "view";

export interface ShortcutHelp {
  keys: string[];
  what: string;
}

export const SHORTCUT_HELP: ShortcutHelp[] = [
  { keys: ["j"], what: "Next annotation (in the list's order)" },
  { keys: ["k"], what: "Previous annotation" },
  { keys: ["a"], what: "Annotate the selected text" },
  { keys: ["Ctrl", "Enter"], what: "Annotate the selected text (⌘ Enter on a Mac)" },
  { keys: ["c"], what: "Make a claim from the selected text, or from the open annotation" },
  { keys: ["Shift", "Arrow keys"], what: "Select text, in the text area (Ctrl or Alt: by word)" },
  { keys: ["Enter"], what: "Open the focused annotation in the list" },
  { keys: ["e"], what: "Edit the note of the open annotation" },
  { keys: ["v"], what: "Switch between the page view and the text view (PDF sources)" },
  { keys: ["Esc"], what: "Cancel the selection, stop editing, or close the open annotation" },
  { keys: ["?"], what: "Show these shortcuts" },
];

const LETTERS: Record<string, ShortcutAction> = { j: "next", k: "previous", a: "annotate", c: "claim", e: "edit", v: "view" };
const CODES: Record<string, ShortcutAction> = { KeyJ: "next", KeyK: "previous", KeyA: "annotate", KeyC: "claim", KeyE: "edit", KeyV: "view" };

/** True when keys typed at the target are text, not commands. */
export function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.closest !== "function") return false;
  return el.isContentEditable || el.closest("input, textarea, select, dialog") !== null;
}

export function shortcutOf(e: KeyboardEvent): ShortcutAction | null {
  if (e.defaultPrevented || e.isComposing || isTypingTarget(e.target)) return null;
  if ((e.ctrlKey || e.metaKey) && e.key === "Enter") return "annotate";
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (e.key === "Escape") return "close";
  if (e.key === "?") return "help";
  if (e.shiftKey) return null;
  return LETTERS[e.key] ?? (/^[a-z]$/i.test(e.key) ? null : (CODES[e.code] ?? null));
}
