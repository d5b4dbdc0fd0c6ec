// Field by field: every node of every valid body replaced by each wrong-typed or unstorable
// value, as fixed cases run before fast-check's random ones. "one" rotates through the values
// (a value per field, for the test suite); "all" sends every value to every field (the soak).
import type { FuzzTarget, ValidRequest } from "./fuzz-target";
import { nodeCount } from "./hostile-body";
import type { CasePlan } from "./hostile-request";

const SWEEP_VALUES: readonly unknown[] = [
  null, true, 0, -1, 1.5, 2 ** 31, 2 ** 53 + 2, 1e308, "", " ", "\u0000", "\uD800", "\u202E", "NaN", "1988-02-30", [], {}, [null], "x".repeat(100_001),
];

export function fieldSweep(valid: ValidRequest, target: FuzzTarget, paramCount: number, values: "one" | "all"): CasePlan[] {
  const examples = [valid.body, ...(valid.alternatives ?? [])];
  const plans: CasePlan[] = [];
  examples.forEach((example, variant) => {
    if (example === undefined) return;
    for (let at = 0; at < nodeCount(example); at++) {
      const chosen = values === "all" ? SWEEP_VALUES : [SWEEP_VALUES[(at + variant) % SWEEP_VALUES.length]];
      for (const value of chosen) {
        plans.push({
          principal: plans.length % Math.max(1, target.principals.length),
          variant,
          params: Array.from({ length: paramCount }, () => ({ choice: "valid" as const })),
          query: null,
          contentType: undefined,
          headers: {},
          body: { kind: "mutate", edits: [{ op: "set", at, value }] },
        });
      }
    }
  });
  return plans;
}
