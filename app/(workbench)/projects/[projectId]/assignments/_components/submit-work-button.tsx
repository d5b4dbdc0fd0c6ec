"use client";
// "Submit my work" on one assigned document. The answer is announced next to the button.
import { useRouter } from "next/navigation";
import { type FormEvent, useState, useTransition } from "react";
import { callApi } from "@/app/_lib/api/call-api";
import { submitAssignment } from "@/lib/http/contracts/reviews";

export function SubmitWorkButton({ assignmentId, title }: { assignmentId: string; title: string }) {
  const router = useRouter();
  const [answer, setAnswer] = useState<{ text: string; ok: boolean } | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(async () => {
      const result = await callApi(submitAssignment, { params: { assignmentId } });
      if (!result.ok) return setAnswer({ text: result.failure.message, ok: false });
      setAnswer({ text: "Submitted. Your work on this document is marked done.", ok: true });
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} className="inline-form">
      <button type="submit" className="button-small" disabled={pending} aria-label={`Submit my work on “${title}”`}>
        {pending ? "Submitting…" : "Submit my work"}
      </button>
      <span role="status" className={answer && !answer.ok ? "field-error" : "visually-hidden"}>
        {answer?.text ?? ""}
      </span>
    </form>
  );
}
