// Turns annotation input (offsets or a quote) into a described span of the document text, or a
// 400 that says exactly what is wrong and where.
import { describeSpan } from "../anchoring/describe-span";
import { resolveQuote } from "../anchoring/resolve-quote";
import type { SpanDescription } from "../anchoring/types";
import { validateSpan } from "../anchoring/validate-span";
import { AppError } from "../errors";
import type { TCreateAnnotation } from "./schemas";

export function locateSpan(text: string, input: Pick<TCreateAnnotation, "start" | "end" | "quote">): SpanDescription {
  if (input.quote) {
    const found = resolveQuote(text, input.quote);
    if (!found.ok) {
      throw new AppError("invalid_input", found.message, {
        issues: [{ path: ["quote", "exact"], message: found.message }],
        details: { reason: found.reason, ...(found.count !== undefined ? { count: found.count } : {}) },
      });
    }
    return describeSpan(text, found.start, found.end);
  }
  const start = input.start ?? 0;
  const end = input.end ?? 0;
  const check = validateSpan(text, start, end);
  if (!check.ok) {
    const path = check.reason === "out_of_range" && start <= text.length ? ["end"] : ["start"];
    throw new AppError("invalid_input", check.message, { issues: [{ path, message: check.message }], details: { reason: check.reason } });
  }
  return describeSpan(text, start, end);
}
