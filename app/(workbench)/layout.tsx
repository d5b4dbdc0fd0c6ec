// The workbench frame: a header with the product name, main navigation and the account, then
// the page. Pages check the session themselves (see _lib/require-user.ts) so that a visitor is
// sent to sign in with a way back; the layout only shows who is signed in.
import Link from "next/link";
import { type ReactNode, Suspense } from "react";
import { SignOutButton } from "@/app/_components/sign-out-button";
import { MainNav } from "./_components/main-nav";
import { ProjectSearch } from "./_components/project-search";
import { sessionUser } from "./_lib/require-user";

export default async function WorkbenchLayout({ children }: { children: ReactNode }) {
  const user = await sessionUser();
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="app-header">
        <Link href="/projects" className="brand">
          Provenance workbench
        </Link>
        <MainNav />
        <Suspense fallback={null}>
          <ProjectSearch />
        </Suspense>
        {user ? (
          <div className="account">
            <span className="account-name" title={user.email}>
              {user.name}
            </span>
            <SignOutButton />
          </div>
        ) : null}
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        {children}
      </main>
    </>
  );
}
