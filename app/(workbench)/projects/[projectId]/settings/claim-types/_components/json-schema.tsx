// A type's JSON Schema (generated from the same zod schema that validates claims), folded away.
export function JsonSchema({ name, schema }: { name: string; schema: unknown }) {
  return (
    <details className="schema-details">
      <summary>
        JSON Schema<span className="visually-hidden"> of {name}</span>
      </summary>
      <pre className="code-sample schema-code" tabIndex={0} role="region" aria-label={`JSON Schema of ${name}`}>
        {JSON.stringify(schema, null, 2)}
      </pre>
    </details>
  );
}
