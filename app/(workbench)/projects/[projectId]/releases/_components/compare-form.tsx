// Picks two releases to compare; a plain GET form, so the comparison has its own URL.
import type { ReleaseSummary } from "./release-files";

export function CompareForm({ projectId, releases }: { projectId: string; releases: ReleaseSummary[] }) {
  const [newest, previous] = releases;
  return (
    <form method="get" action={`/projects/${projectId}/releases/compare`} className="form-inline" aria-label="Compare two releases">
      <div className="field">
        <label htmlFor="compare-base">From</label>
        <select id="compare-base" name="base" defaultValue={previous?.id ?? newest?.id}>
          {releases.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name} ({r.createdAt.slice(0, 10)})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="compare-head">To</label>
        <select id="compare-head" name="head" defaultValue={newest?.id}>
          {releases.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name} ({r.createdAt.slice(0, 10)})
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button-primary">
        Compare
      </button>
    </form>
  );
}
