"use client";
// Sends one decision about an orphan to `POST /api/v1/annotations/{id}/resolve`, checked first
// with the API's own schema. On success the queue is told (and the page's data refreshed); a
// refusal is kept to show beside the orphan.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi } from "@/app/_lib/api/call-api";
import { type TResolveOrphan, ZResolveOrphan } from "@/lib/annotations/schemas";
import { resolveOrphan } from "@/lib/http/contracts/annotations";

export function useResolve(annotationId: string, onResolved: (message: string) => void) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function resolve(decision: TResolveOrphan, success: (exact: string) => string) {
    const parsed = ZResolveOrphan.safeParse(decision);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? "That decision is not valid.");
    setPending(true);
    setError(null);
    const result = await callApi(resolveOrphan, { params: { annotationId }, body: parsed.data });
    setPending(false);
    if (result.ok) {
      onResolved(success(result.data.exact));
      router.refresh();
      return;
    }
    const { failure } = result;
    setError(failure.code === "conflict" ? `${failure.message} Someone may have decided already; the queue has been reloaded.` : failure.message);
    if (failure.code === "conflict") router.refresh();
  }

  return { pending, error, setError, resolve };
}
