import Link from "next/link";

export default function WorkbenchNotFound() {
  return (
    <section className="empty-page">
      <h1>Not found</h1>
      <p>There is no such page, or you are not a member of the project it belongs to.</p>
      <p>
        <Link href="/projects">Go to your projects</Link>
      </p>
    </section>
  );
}
