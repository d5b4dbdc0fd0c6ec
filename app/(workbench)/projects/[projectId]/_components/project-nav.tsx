// The project's sections. A plain list of links; the current one is marked for assistive technology.
import Link from "next/link";

export type ProjectSection = "overview" | "entities" | "claims" | "compare" | "members" | "claim-types" | "review" | "assignments" | "settings" | "export";

export function ProjectNav({ projectId, current, memberCount }: { projectId: string; current: ProjectSection; memberCount: number }) {
  const items = [
    { key: "overview", href: `/projects/${projectId}`, label: "Overview" },
    { key: "entities", href: `/projects/${projectId}/entities`, label: "Entities" },
    { key: "claims", href: `/projects/${projectId}/claims`, label: "Claims" },
    { key: "compare", href: `/projects/${projectId}/compare`, label: "Compare" },
    { key: "review", href: `/projects/${projectId}/review`, label: "Review" },
    { key: "assignments", href: `/projects/${projectId}/assignments`, label: "Assignments" },
    { key: "export", href: `/projects/${projectId}/export`, label: "Export" },
    { key: "members", href: `/projects/${projectId}/members`, label: `Members (${memberCount})` },
    { key: "claim-types", href: `/projects/${projectId}/settings/claim-types`, label: "Claim types" },
    { key: "settings", href: `/projects/${projectId}/settings`, label: "Settings" },
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
