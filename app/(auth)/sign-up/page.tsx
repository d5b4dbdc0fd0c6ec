import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { env } from "@/lib/env.js";
import { SignUpForm } from "./_components/sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  if (await currentUser()) redirect("/projects");
  return (
    <>
      <h1>Create an account</h1>
      {env().SIGNUP_OPEN ? (
        <SignUpForm />
      ) : (
        <p className="notice">Sign-up is closed on this deployment. Ask a project owner to add you.</p>
      )}
      <p className="auth-alt">
        Already have an account? <Link href="/sign-in">Sign in</Link>
      </p>
    </>
  );
}
