// The project's sections. A plain list of links; the current one is marked for assistive technology.
import Link from "next/link";

export function ProjectNav({ projectId, current, memberCount }: { projectId: string; current: "overview" | "members"; memberCount: number }) {
  const items = [
    { key: "overview", href: `/projects/${projectId}`, label: "Overview" },
    { key: "members", href: `/projects/${projectId}/members`, label: `Members (${memberCount})` },
  ] as const;
  return (
    <nav aria-label="Project" className="tabs">
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <Link href={item.href} aria-current={item.key === current ? "page" : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
