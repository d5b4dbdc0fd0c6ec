"use client";
// The rendered blocks of the text: only those the viewport asks for (an external store), each an
// exact slice of the stored text in one text node, finding its own direction (dir="auto"). After
// every render the viewport measures them, fixes the spacers and scroll position, and repaints the
// highlights, all before the browser paints.
import { memo, useLayoutEffect, useSyncExternalStore } from "react";
import type { TextViewport } from "@/lib/reader";

export const TextBlocks = memo(function TextBlocks({ viewport, text }: { viewport: TextViewport; text: string }) {
  const range = useSyncExternalStore(viewport.subscribe, viewport.getRange, viewport.getServerRange);
  useLayoutEffect(() => viewport.afterRender(), [viewport, range]);
  const { blocks } = viewport;
  const out = [];
  for (let i = range.first; i <= range.last; i++) {
    const b = blocks[i]!;
    const next = blocks[i + 1];
    out.push(
      <p key={i} data-i={i} data-start={b.start} data-end={b.end} dir="auto" className={next && !next.cont ? "rd-block rd-gap" : "rd-block"}>
        {text.slice(b.start, b.end)}
      </p>,
    );
  }
  return (
    <div data-rd-content="" className="rd-content">
      {out}
    </div>
  );
});
