import { describe, expect, it } from "vitest";
import * as z from "zod";
import { CLAIM_COLUMNS } from "../../exports/export-columns";
import { recordSql } from "../../exports/record-sql";
import { ZClaimOut } from "../../http/contracts/resources";
import { claimView } from "../claim-view";
import { ZAttribution } from "../schemas";
import { ATTRIBUTES, type AttributeName, attributeValues, storedAttributes } from "./claim-attributes";
import { allAttributeValues, attributeQualifiers, attributesHeading, notableAttributeValues } from "./describe-attributes";

const names = ATTRIBUTES.map((a) => a.name);
const base = { assertedBy: "ent_1" };
/** Every attribute the API requires, at its first value. */
const required = Object.fromEntries(ATTRIBUTES.filter((a) => a.default === undefined).map((a) => [a.name, a.values[0]]));

describe.each(ATTRIBUTES.map((a) => [a.name, a] as const))("claim attribute %s feeds every view of a claim", (name, attr) => {
  it("the API takes each of its values in `attribution`, and nothing else", () => {
    for (const v of attr.values) expect(ZAttribution.safeParse({ ...base, ...required, [name]: v }).success).toBe(true);
    const bad = ZAttribution.safeParse({ ...base, ...required, [name]: "not-a-value" });
    expect(bad.error?.issues.map((i) => i.path.join("."))).toEqual([name]);
    const { [name]: _left, ...without } = required;
    expect(ZAttribution.safeParse({ ...base, ...without }).success).toBe(attr.default !== undefined);
  });

  it("the API answers it in `attribution`, with its values", () => {
    const out = ZClaimOut.shape.attribution as unknown as z.ZodObject;
    expect(z.toJSONSchema(out.shape[name]!)).toMatchObject({ enum: [...attr.values] });
  });

  it("the CSV and data package have its column, read from the Claim column of its name", () => {
    const column = CLAIM_COLUMNS.find((c) => c.name === name);
    expect(column).toMatchObject({ type: "string", sql: `c."${name}"`, description: attr.description });
  });

  it("JSONL and W3C records carry it in `attribution`", () => {
    const filter = { projectId: "prj_1", statuses: null, types: [], documentIds: [], entityIds: [], createdFrom: null, createdBefore: null, excludeDeprecated: false };
    expect(recordSql(filter)).toContain(`'${name}', c."${name}"`);
  });
});

describe("claim attributes", () => {
  it("sit after `via` in the API's attribution and between status and credibility in the CSV", () => {
    const out = ZClaimOut.shape.attribution as unknown as z.ZodObject;
    expect(Object.keys(out.shape)).toEqual(["assertedBy", "reportedBy", "via", ...names]);
    const csv = CLAIM_COLUMNS.map((c) => c.name);
    expect(csv.slice(csv.indexOf("status") + 1, csv.indexOf("credibility"))).toEqual(names);
  });

  it("are stored with their defaults and read back in declared order", () => {
    const stored = storedAttributes(required as never);
    for (const a of ATTRIBUTES) expect(stored[a.name as AttributeName]).toBe(a.default ?? a.values[0]);
    const reversed = Object.fromEntries(Object.entries(stored).reverse());
    expect(Object.keys(attributeValues(reversed as never))).toEqual(names);
  });

  it("appear in the claim view's attribution", () => {
    const stored = storedAttributes(required as never);
    const now = new Date("2026-01-01T00:00:00Z");
    const row = { id: "clm_1", projectId: "prj_1", type: "statement", fields: {}, status: "draft", version: 1, evidence: [], assertedById: "ent_1", reportedById: null, via: [], subjectEntityId: null, credibility: null, countMin: null, countMax: null, createdById: "usr_1", createdAt: now, updatedAt: now, deprecatedAt: null, ...stored };
    const view = claimView(row as never);
    expect(view.attribution).toEqual({ assertedBy: "ent_1", reportedBy: null, via: [], ...stored });
    expect(ZClaimOut.safeParse(view).success).toBe(true);
  });

  it("read as words: all of them, the notable ones, and those after the attribution sentence", () => {
    expect(allAttributeValues({ stance: "asserts", modality: "unspecified" })).toEqual(["asserts", "unspecified"]);
    expect(notableAttributeValues({ stance: "asserts", modality: "unspecified" })).toEqual(["asserts"]);
    expect(notableAttributeValues({ stance: "disputes", modality: "estimated" })).toEqual(["disputes", "estimated"]);
    expect(attributeQualifiers({ stance: "quotes", modality: "estimated" })).toEqual(["estimated"]);
    expect(attributeQualifiers({ stance: "quotes", modality: "unspecified" })).toEqual([]);
    expect(attributesHeading()).toBe("Stance, modality");
  });
});
