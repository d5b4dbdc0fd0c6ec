// Selecting text with the keyboard without caret browsing: when the text region has focus,
// Shift+arrow keys extend the document selection with Selection.modify, which Chromium, Firefox and
// Safari support on non-editable text. Without a selection yet, it starts at the first block on
// screen. Left and right follow what the eye sees, so they also work in right-to-left paragraphs.

type Step = [alter: "extend", direction: "left" | "right" | "forward" | "backward", granularity: "character" | "word" | "line" | "lineboundary"];

function stepFor(e: KeyboardEvent): Step | null {
  if (!e.shiftKey) return null;
  const word = e.ctrlKey || e.altKey;
  switch (e.key) {
    case "ArrowRight":
      return ["extend", "right", word ? "word" : "character"];
    case "ArrowLeft":
      return ["extend", "left", word ? "word" : "character"];
    case "ArrowDown":
      return ["extend", "forward", "line"];
    case "ArrowUp":
      return ["extend", "backward", "line"];
    case "End":
      return ["extend", "forward", "lineboundary"];
    case "Home":
      return ["extend", "backward", "lineboundary"];
    default:
      return null;
  }
}

/**
 * Handles a keydown in the text region; true when it extended the selection (the caller then
 * prevents the default, which would scroll). `startAt` gives the text node to start from.
 */
export function extendSelectionByKey(e: KeyboardEvent, content: HTMLElement, startAt: () => Text | null): boolean {
  const step = stepFor(e);
  const selection = window.getSelection();
  if (!step || !selection) return false;
  const inside = selection.rangeCount > 0 && content.contains(selection.anchorNode);
  if (!inside) {
    const node = startAt();
    if (!node) return false;
    selection.collapse(node, 0);
  }
  selection.modify(...step);
  return true;
}
