// The pages a visitor sees before signing in: one narrow card on a quiet background.
import Link from "next/link";
import type { ReactNode } from "react";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="auth-shell">
      <header className="auth-brand">
        <Link href="/projects" className="brand">
          Provenance workbench
        </Link>
      </header>
      <main id="main" className="auth-card">
        {children}
      </main>
    </div>
  );
}
