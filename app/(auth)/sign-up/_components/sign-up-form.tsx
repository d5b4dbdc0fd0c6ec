"use client";
// Creates an account through the API (POST /api/v1/users), then signs in with the same
// credentials and opens the projects page.
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { FormMessage } from "@/app/_components/form-message";
import { TextField } from "@/app/_components/fields";
import { useHydrated } from "@/app/_components/use-hydrated";
import { callApi } from "@/app/_lib/api/call-api";
import { useApiForm } from "@/app/_lib/api/use-api-form";
import { readForm } from "@/app/_lib/read-form";
import { ZSignUp } from "@/lib/auth/schemas";
import { signUp } from "@/lib/http/contracts/accounts";

const toInput = (form: FormData) => readForm(form, ["name", "email", "password"]);

export function SignUpForm() {
  const router = useRouter();
  const hydrated = useHydrated();
  const { errors, message, tone, pending, onSubmit } = useApiForm({
    schema: ZSignUp,
    toInput,
    send: (body) => callApi(signUp, { body }),
    onSuccess: async (_user, { email, password }) => {
      const result = await signIn("credentials", { redirect: false, email, password });
      if (!result || result.error) return { status: "error", message: "Your account was created, but signing in failed; sign in below." };
      router.replace("/projects");
      router.refresh();
      return "Account created; signing you in…";
    },
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="form-stack">
      <FormMessage message={message} tone={tone} />
      <TextField name="name" label="Name" autoComplete="name" required error={errors.name} />
      <TextField name="email" label="Email" type="email" autoComplete="email" required error={errors.email} />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        hint="At least 10 characters."
        error={errors.password}
      />
      <button type="submit" className="button-primary" disabled={pending || !hydrated}>
        {pending ? "Creating account…" : "Create account"}
      </button>
    </form>
  );
}
