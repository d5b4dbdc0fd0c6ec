// The one way server code logs an unexpected error: the whole error (cause chain included), with
// secrets taken out first.
import { inspect } from "node:util";
import { redactSecrets } from "./redact-secrets";

export function logError(label: string, error: unknown): void {
  console.error(redactSecrets(`${label} ${inspect(error, { depth: 6, breakLength: Infinity })}`));
}
