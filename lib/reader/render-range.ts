// Which blocks are rendered, as an external store for React's useSyncExternalStore: the viewport
// changes it on scroll and resize, React re-renders the blocks synchronously (before the paint).
// The server renders the same first range the browser starts from, so hydration matches.
import { blockAt, type Block } from "./blocks";

export interface RenderRange {
  first: number;
  last: number;
}

/** Texts up to this length render whole: cheap, and the browser's find-in-page then sees all of it. */
export const RENDER_WHOLE_UP_TO = 50_000;
/** What the server renders of a long text before the browser knows the screen: about two screens. */
const INITIAL_CHARS = 8_000;

/** The first range rendered (on the server, and by the browser while hydrating): the whole text when short. */
export function firstRange(blocks: readonly Block[], textLength: number): RenderRange {
  return { first: 0, last: textLength <= RENDER_WHOLE_UP_TO ? blocks.length - 1 : Math.max(0, blockAt(blocks, INITIAL_CHARS)) };
}

export class RenderRangeStore {
  readonly whole: boolean;
  private readonly initial: RenderRange;
  protected range: RenderRange;
  private readonly listeners = new Set<() => void>();

  constructor(blocks: readonly Block[], textLength: number) {
    this.whole = textLength <= RENDER_WHOLE_UP_TO;
    this.initial = firstRange(blocks, textLength);
    this.range = this.initial;
  }

  subscribe = (fn: () => void) => {
    this.listeners.add(fn);
    return () => void this.listeners.delete(fn);
  };
  getRange = () => this.range;
  getServerRange = () => this.initial;

  protected setRange(next: RenderRange): void {
    if (next.first === this.range.first && next.last === this.range.last) return;
    this.range = next;
    for (const fn of this.listeners) fn();
  }
}
