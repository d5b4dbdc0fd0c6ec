import type { Metadata } from "next";
import Link from "next/link";
import { SignOutButton } from "@/app/_components/sign-out-button";
import { currentUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Sign out" };

export default async function SignOutPage() {
  const user = await currentUser();
  if (!user) {
    return (
      <>
        <h1>Signed out</h1>
        <p>
          You are not signed in. <Link href="/sign-in">Sign in</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>Sign out</h1>
      <p>
        You are signed in as <strong>{user.name}</strong> ({user.email}).
      </p>
      <div className="form-actions">
        <SignOutButton className="button-primary" />
        <Link href="/projects">Back to projects</Link>
      </div>
    </>
  );
}
