// Names in several scripts on one line: each isolated (<bdi>), so a right-to-left alias cannot
// pull the separators or its neighbours out of order.
import { Fragment } from "react";

export function NameList({ names, className = "name-list" }: { names: readonly string[]; className?: string }) {
  return (
    <span className={className}>
      {names.map((n, i) => (
        <Fragment key={i}>
          {i > 0 ? <span aria-hidden="true" className="name-sep"> · </span> : null}
          <bdi>{n}</bdi>
          {i < names.length - 1 ? <span className="visually-hidden">,</span> : null}
        </Fragment>
      ))}
    </span>
  );
}
