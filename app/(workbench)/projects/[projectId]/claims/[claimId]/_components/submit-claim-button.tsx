"use client";
import { useRouter } from "next/navigation";
import { type FormEvent, useState, useTransition } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { submitClaim } from "../../../_lib/claims-api";

/** Shown to the claim's author; the button only while the claim can be submitted. The form stays
 * mounted after submitting, so its answer is still there when the page shows the new status. */
export function SubmitClaimButton({ claimId, canSubmit }: { claimId: string; canSubmit: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ text: string; tone: "ok" | "error" } | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(async () => {
      const answer = await submitClaim(claimId);
      if (!answer.ok) return setMessage({ text: answer.failure.message, tone: "error" });
      setMessage({ text: `Submitted for review as version ${answer.data.version}.`, tone: "ok" });
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} className="form-stack" aria-label="Submit for review">
      <FormMessage message={message?.text} tone={message?.tone} />
      {canSubmit ? (
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={pending}>
            {pending ? "Submitting…" : "Submit for review"}
          </button>
        </div>
      ) : null}
    </form>
  );
}
