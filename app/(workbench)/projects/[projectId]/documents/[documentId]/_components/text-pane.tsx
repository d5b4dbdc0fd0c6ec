"use client";
// The scrolling text region: focusable (Tab, then Shift+arrows select text), labelled, with the
// document's language. A click on a highlight opens its annotation (clicking again where
// annotations overlap steps to the next one, innermost first); hovering shows which one a click
// would open. Hit-testing maps the point to a character offset, then asks the annotation index.
import { type KeyboardEvent, type MouseEvent, type ReactNode, useCallback, useRef } from "react";
import { type Ann, characterAt, extendSelectionByKey, type TextViewport } from "@/lib/reader";
import { TextBlocks } from "./text-blocks";

interface Props {
  viewport: TextViewport;
  text: string;
  language: string | null;
  /** The annotations shown (per the filters) that contain the character at `offset`, innermost first. */
  hitTest: (offset: number) => Ann[];
  /** Called with the annotations under a click. */
  onPick: (hits: Ann[]) => void;
  children?: ReactNode;
}

export function TextPane({ viewport, text, language, hitTest, onPick, children }: Props) {
  const frame = useRef(0);
  // The viewport takes over the scroll container once it is in the page.
  const attach = useCallback((el: HTMLElement | null) => viewport.attach(el), [viewport]);

  const hitsAt = (x: number, y: number): Ann[] => {
    const content = viewport.contentElement();
    const offset = content ? characterAt(x, y, content) : null;
    return offset === null ? [] : hitTest(offset);
  };

  const onMouseMove = (e: MouseEvent<HTMLElement>) => {
    const { clientX, clientY, currentTarget } = e;
    if (frame.current || e.buttons) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      const hit = hitsAt(clientX, clientY)[0];
      currentTarget.classList.toggle("rd-over-annotation", !!hit);
      viewport.highlights.setHovered(hit?.id ?? null);
    });
  };

  const onClick = (e: MouseEvent<HTMLElement>) => {
    if (e.button !== 0 || !window.getSelection()?.isCollapsed) return;
    const hits = hitsAt(e.clientX, e.clientY);
    if (hits.length) onPick(hits);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const content = viewport.contentElement();
    if (e.target === e.currentTarget && content && extendSelectionByKey(e.nativeEvent, content, () => viewport.textNodeAtTop())) {
      e.preventDefault();
    }
  };

  return (
    <article
      ref={attach}
      className="rd-text"
      lang={language ?? undefined}
      aria-label="Document text"
      aria-describedby="rd-text-help"
      tabIndex={0}
      onKeyDown={onKeyDown}
      onMouseMove={onMouseMove}
      onMouseLeave={(e) => {
        e.currentTarget.classList.remove("rd-over-annotation");
        viewport.highlights.setHovered(null);
      }}
      onClick={onClick}
    >
      <TextBlocks viewport={viewport} text={text} />
      {children}
    </article>
  );
}
