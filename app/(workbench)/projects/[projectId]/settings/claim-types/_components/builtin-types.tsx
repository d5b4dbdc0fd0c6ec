// The built-in claim types of the public API: their fields, what the claim is about, and the
// JSON Schema clients validate against.
import "server-only";
import type { ClaimTypeDefinition } from "@/lib/claims/types/define-claim-type";
import { claimTypeView } from "@/lib/claims/types/resolve-claim-type";
import { JsonSchema } from "./json-schema";

/** "count, outcome, event?": the declared fields, optional ones marked. */
const fieldList = (t: ClaimTypeDefinition) => t.fields.map((f) => (f.required ? f.name : `${f.name}?`)).join(", ");

export function BuiltinTypes({ types }: { types: ClaimTypeDefinition[] }) {
  return (
    <ul className="type-list">
      {types.map((t) => (
        <li key={t.id} className="type-card">
          <h3>
            {t.name} <code>{t.id}</code>
          </h3>
          <p className="small">
            Fields: <code>{fieldList(t)}</code>
          </p>
          <p className="small muted">
            About: {t.subjectField ? <code>{t.subjectField}</code> : "—"}
            {t.countField ? (
              <>
                {" "}
                · count in <code>{t.countField}</code> (comparable on the compare page)
              </>
            ) : null}
          </p>
          <JsonSchema name={t.name} schema={claimTypeView(t).jsonSchema} />
        </li>
      ))}
    </ul>
  );
}
