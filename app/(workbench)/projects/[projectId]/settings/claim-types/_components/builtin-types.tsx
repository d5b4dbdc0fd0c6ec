// The built-in claim types of the public API: their fields, what the claim is about, and the
// JSON Schema clients validate against.
import "server-only";
import type { ClaimTypeDefinition } from "@/lib/claims/types/builtin";
import { claimTypeView } from "@/lib/claims/types/resolve-claim-type";
import { JsonSchema } from "./json-schema";

const FIELDS: Record<string, string> = {
  victim_count: "count, outcome, event?, place?, period?",
  role: "person, role, organization?, period?",
  event: "event, eventType?, place?, period?",
  statement: "speaker, quote",
};

export function BuiltinTypes({ types }: { types: ClaimTypeDefinition[] }) {
  return (
    <ul className="type-list">
      {types.map((t) => (
        <li key={t.id} className="type-card">
          <h3>
            {t.name} <code>{t.id}</code>
          </h3>
          <p className="small">
            Fields: <code>{FIELDS[t.id] ?? "see the schema"}</code>
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
