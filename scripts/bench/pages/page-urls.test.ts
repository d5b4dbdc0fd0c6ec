import { describe, expect, it } from "vitest";
import { discoverPages, routeOf } from "./discover-pages";
import { pageVisit } from "./page-urls";
import type { ProjectSample } from "./project-sample";

const sample: ProjectSample = {
  projectId: "prj_a",
  documentId: "doc_b",
  claimId: "clm_c",
  entityId: "ent_d",
  searchQuery: "prisoners",
  compareSubjectId: "ent_e",
  releases: null,
};

describe("the pages bench:pages measures", () => {
  it("finds every page of the workbench and the sign-in pages, route groups left out", () => {
    const routes = discoverPages().map((p) => p.route);
    expect(routes).toContain("/projects");
    expect(routes).toContain("/projects/[projectId]/claims/[claimId]");
    expect(routes).toContain("/sign-in");
    expect(routes.some((r) => r.includes("(") || r.includes("_components"))).toBe(false);
  });

  it("fills each segment and the query a page needs from the project's data", () => {
    const visit = (file: string) => pageVisit(routeOf(file), sample);
    expect(visit("app/(workbench)/projects/[projectId]/documents/[documentId]/page.tsx").url).toBe("/projects/prj_a/documents/doc_b");
    expect(visit("app/(workbench)/projects/[projectId]/search/page.tsx").url).toBe("/projects/prj_a/search?q=prisoners");
    expect(visit("app/(workbench)/projects/[projectId]/compare/page.tsx").url).toBe("/projects/prj_a/compare?type=victim_count&subject=ent_e");
    expect(visit("app/(workbench)/projects/[projectId]/releases/compare/page.tsx")).toMatchObject({ url: null, skipped: "the project has fewer than two releases" });
    expect(visit("app/(auth)/sign-in/page.tsx")).toMatchObject({ url: "/sign-in", signedOut: true, projectBound: false });
  });

  it("stops on a segment it cannot fill rather than leave a new page unmeasured", () => {
    expect(() => pageVisit(routeOf("app/(workbench)/projects/[projectId]/widgets/[widgetId]/page.tsx"), sample)).toThrow(/\[widgetId\]/);
  });
});
