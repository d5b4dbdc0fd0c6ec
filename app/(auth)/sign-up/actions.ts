"use server";
import { runAction } from "@/app/_lib/run-action";
import type { FormState } from "@/app/_lib/form-state";
import { readForm } from "@/app/_lib/read-form";
import { ZSignUp } from "@/lib/auth/schemas";
import { createUser } from "@/lib/users/create-user";

/** Creates the account; the browser then signs in with the same credentials. */
export async function signUpAction(_state: FormState, form: FormData): Promise<FormState> {
  return runAction(async () => {
    const input = ZSignUp.parse(readForm(form, ["name", "email", "password"]));
    await createUser(input);
    return { status: "ok", message: "Account created; signing you in…" };
  });
}
