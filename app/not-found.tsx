import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="auth-card">
      <h1>Not found</h1>
      <p>There is no such page, or you are not allowed to see it.</p>
      <p>
        <Link href="/projects">Go to your projects</Link>
      </p>
    </main>
  );
}
