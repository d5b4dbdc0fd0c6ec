// Which disagreements of a group the page draws. A source with 10,000 spans can have tens of
// thousands; the page shows the first few of each group and one group at a time in full, a page of
// them per visit (`?show=<group>&at=<n>`), so it stays a page and not megabytes of markup.

/** Items per group when the group is not the one opened. */
export const PREVIEW = 25;
/** Items per page of the group opened. */
export const PAGE = 200;

export interface Opened {
  group: string | null;
  at: number;
}

export interface DisagreementWindow<T> {
  items: T[];
  total: number;
  /** Index of the first item shown. */
  at: number;
  /** The group is the one opened (paged), not a preview. */
  opened: boolean;
  /** Where the previous and next pages start, when there are any. */
  previous: number | null;
  next: number | null;
}

export function openedFrom(search: Record<string, string | string[] | undefined>): Opened {
  const group = typeof search.show === "string" && search.show ? search.show : null;
  const at = typeof search.at === "string" ? Number.parseInt(search.at, 10) : 0;
  return { group, at: Number.isFinite(at) && at > 0 ? at : 0 };
}

export function disagreementWindow<T>(items: T[], group: string, opened: Opened): DisagreementWindow<T> {
  if (opened.group !== group) return { items: items.slice(0, PREVIEW), total: items.length, at: 0, opened: false, previous: null, next: null };
  const at = Math.min(opened.at - (opened.at % PAGE), Math.max(0, items.length - 1 - ((items.length - 1) % PAGE)));
  return {
    items: items.slice(at, at + PAGE),
    total: items.length,
    at,
    opened: true,
    previous: at > 0 ? at - PAGE : null,
    next: at + PAGE < items.length ? at + PAGE : null,
  };
}
