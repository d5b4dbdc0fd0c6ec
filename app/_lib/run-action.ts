// Runs the body of a server action and turns what it throws into a form state: an AppError keeps
// its message and its issues become field errors, a ZodError names the fields, anything else is
// logged and answered with a message that reveals nothing. Next's redirect and notFound pass through.
import "server-only";
import { unstable_rethrow } from "next/navigation";
import { ZodError } from "zod";
import { AppError } from "@/lib/errors";
import { logError } from "@/lib/security/log-error";
import { fieldErrorsOf, type FormState } from "./form-state";

export function errorState(error: unknown): FormState<never> {
  const at = Date.now();
  if (error instanceof ZodError) {
    return { status: "error", code: "invalid_input", message: "Check the fields marked below.", fieldErrors: fieldErrorsOf(error.issues), at };
  }
  if (error instanceof AppError) {
    return { status: "error", code: error.code, message: error.message, fieldErrors: fieldErrorsOf(error.issues), at };
  }
  logError("server action failed", error);
  return { status: "error", message: "Something went wrong on the server; nothing was changed.", at };
}

export async function runAction<D>(body: () => Promise<FormState<D>>): Promise<FormState<D>> {
  try {
    return { ...(await body()), at: Date.now() };
  } catch (error) {
    unstable_rethrow(error);
    return errorState(error);
  }
}
