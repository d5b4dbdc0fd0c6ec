"use client";
// Signs in through next-auth's credentials provider without leaving the page, so a wrong password
// or the rate limit is shown beside the form.
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { FormMessage } from "@/app/_components/form-message";
import { TextField } from "@/app/_components/fields";
import { useHydrated } from "@/app/_components/use-hydrated";
import { useValidatedAction } from "@/app/_components/use-validated-action";
import type { FormState } from "@/app/_lib/form-state";
import { readForm } from "@/app/_lib/read-form";
import { ZCredentials } from "@/lib/auth/schemas";

const toInput = (form: FormData) => readForm(form, ["email", "password"]);

function messageFor(error: string, windowMinutes: number): string {
  if (error === "RateLimited") return `Too many failed sign-ins. Try again in ${windowMinutes} minutes.`;
  if (error === "CredentialsSignin") return "Wrong email or password.";
  return "Signing in failed; try again.";
}

interface Props {
  callbackUrl: string;
  windowMinutes: number;
  initialError?: string | undefined;
}

export function SignInForm({ callbackUrl, windowMinutes, initialError }: Props) {
  const router = useRouter();
  const hydrated = useHydrated();
  const { errors, message, tone, pending, onSubmit } = useValidatedAction({
    schema: ZCredentials,
    toInput,
    action: async (_state: FormState, form: FormData): Promise<FormState> => {
      const { email, password } = ZCredentials.parse(toInput(form));
      const result = await signIn("credentials", { redirect: false, email, password, callbackUrl });
      if (!result || result.error) {
        return { status: "error", message: messageFor(result?.error ?? "", windowMinutes), at: Date.now() };
      }
      router.replace(callbackUrl);
      router.refresh();
      return { status: "ok", message: "Signed in; opening the workbench…", at: Date.now() };
    },
  });
  const shown = message ?? (initialError ? messageFor(initialError, windowMinutes) : undefined);
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="form-stack">
      <FormMessage message={shown} tone={message ? tone : "error"} />
      <TextField name="email" label="Email" type="email" autoComplete="username" required error={errors.email} />
      <TextField name="password" label="Password" type="password" autoComplete="current-password" required error={errors.password} />
      <button type="submit" className="button-primary" disabled={pending || !hydrated}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
