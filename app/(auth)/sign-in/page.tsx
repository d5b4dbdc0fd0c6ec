import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { safeCallback } from "@/app/_lib/safe-callback";
import { currentUser } from "@/lib/auth/current-user";
import { env } from "@/lib/env.js";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/seeds/demo-accounts";
import { SignInForm } from "./_components/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallback(params.callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  const error = typeof params.error === "string" ? params.error : undefined;
  const demo = DEMO_ACCOUNTS[0];
  return (
    <>
      <h1>Sign in</h1>
      <SignInForm callbackUrl={callbackUrl} windowMinutes={env().SIGNIN_WINDOW_MINUTES} initialError={error} />
      <p className="auth-alt">
        No account yet? <Link href="/sign-up">Create one</Link>
      </p>
      {demo ? (
        <p className="demo-note">
          Demo: <code>{demo.email}</code> / <code>{DEMO_PASSWORD}</code>
        </p>
      ) : null}
    </>
  );
}
