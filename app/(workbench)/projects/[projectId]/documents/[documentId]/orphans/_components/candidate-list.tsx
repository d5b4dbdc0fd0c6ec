// The places re-anchoring found plausible in the newest text, best first, each with a button
// that re-attaches the annotation there.
import type { CandidateView } from "../_lib/orphan-views";
import { QuoteContext } from "./quote-context";

interface Props {
  id: string;
  candidates: CandidateView[];
  lang?: string | undefined;
  disabled: boolean;
  onAttach?: ((c: CandidateView) => void) | undefined;
}

export function CandidateList({ id, candidates, lang, disabled, onAttach }: Props) {
  return (
    <ol className="candidates">
      {candidates.map((c, i) => (
        <li key={`${c.start}-${c.end}`} className="candidate">
          <div id={`${id}-c${i}`}>
            <QuoteContext before={c.before} exact={c.exact} after={c.after} cut={c.cut} lang={lang} />
          </div>
          <span className="candidate-score" title="How well the quote and its context match here">
            {Math.round(c.score * 100)}% match
          </span>
          {onAttach ? (
            <button type="button" className="button-small" disabled={disabled} aria-describedby={`${id}-c${i}`} onClick={() => onAttach(c)}>
              Re-attach here
            </button>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
