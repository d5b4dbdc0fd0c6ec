// The compare page draws at most SHOWN_PER_GROUP claims of a subject, so a subject with thousands of
// claims still makes a page one can send and read, while its heading, range and independence
// summary speak of every claim.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CompareGroup, SHOWN_PER_GROUP } from "@/app/(workbench)/projects/[projectId]/compare/_components/compare-group";
import type { CompareGroupData } from "@/app/(workbench)/projects/[projectId]/compare/_components/types";

const entity = (id: string, name: string) => ({ id, name, kind: "organization" as const, reliability: null });

function group(size: number): CompareGroupData {
  const claims = Array.from({ length: size }, (_, i) => ({
    id: `clm_${i}`,
    status: "submitted" as const,
    fields: { event: "ent_event", count: 100 + i },
    bounds: { min: 100 + i, max: null },
    assertedBy: entity(`ent_src_${i % 3}`, `Source ${i % 3}`),
    reportedBy: null,
    via: [],
    stance: "asserts",
    modality: "confirmed",
    deprecated: false,
    evidence: [],
  }));
  return {
    subject: entity("ent_event", "The event"),
    total: size,
    claims,
    summary: { independentOrigins: 3, documents: 3, repeatingDocuments: 0, origins: [], lowest: 100, highest: 100 + size - 1 },
  } as unknown as CompareGroupData;
}

const render = (g: CompareGroupData) =>
  renderToStaticMarkup(createElement(CompareGroup, { projectId: "prj_1", index: 0, group: g, type: "victim_count", typeLabel: "Victim count", countField: "count", countLabel: "People" }));

describe("a compare group", () => {
  it("draws every claim of a small subject and says nothing of a cut", () => {
    const html = render(group(3));
    expect(html.match(/href="\/projects\/prj_1\/claims\/clm_\d+"/g)?.length).toBeGreaterThanOrEqual(3);
    expect(html).not.toContain('data-testid="compare-shown"');
  });

  it("draws the first SHOWN_PER_GROUP claims of a big subject and names the total", () => {
    const size = SHOWN_PER_GROUP + 50;
    const html = render(group(size));
    const drawn = new Set(html.match(/clm_\d+/g));
    expect(drawn.size).toBe(SHOWN_PER_GROUP);
    expect(drawn.has(`clm_${SHOWN_PER_GROUP - 1}`)).toBe(true);
    expect(drawn.has(`clm_${SHOWN_PER_GROUP}`)).toBe(false);
    expect(html).toContain(`Showing the first ${SHOWN_PER_GROUP} of ${size} claims`);
    expect(html).toContain(`${size} claims`);
  });

  it("lists the origins it was given and says how many there are in all", () => {
    const g = group(3);
    const origins = [0, 1].map((i) => ({ origin: `ent_src_${i}`, claims: 2, documents: 2 - i, entity: entity(`ent_src_${i}`, `Source ${i}`) }));
    const cut = render({ ...g, summary: { ...g.summary, independentOrigins: 1829, origins } } as CompareGroupData);
    expect(cut).toContain("Listing the 2 origins with the most documents of 1,829.");
    expect(cut).toContain("Source 1");
    const whole = render({ ...g, summary: { ...g.summary, independentOrigins: 2, origins } } as CompareGroupData);
    expect(whole).not.toContain('data-testid="origins-shown"');
  });
});
