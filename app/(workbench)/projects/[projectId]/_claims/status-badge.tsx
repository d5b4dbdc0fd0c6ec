import { statusLabel } from "./labels";

export function StatusBadge({ status, deprecated = false }: { status: string; deprecated?: boolean }) {
  return (
    <span className="claim-status-wrap">
      <span className={`claim-status claim-status-${status}`}>{statusLabel(status)}</span>
      {deprecated ? <span className="claim-status claim-status-deprecated">Deprecated</span> : null}
    </span>
  );
}
