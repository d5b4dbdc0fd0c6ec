// Exports read back by real parsers: every quote equals the document text at its UTF-16 and its
// code-point offsets (emoji, Persian with ZWNJ, CRLF), the W3C collection passes every MUST of the
// W3C test suite, the data package's tables hold together, and filters select what they say.
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as listEvents } from "@/app/api/v1/projects/[projectId]/events/route";
import type { ClaimRecord } from "@/lib/exports/claim-record";
import { call } from "@/test/support/api";
import { expectError, expectHidden } from "@/test/support/assertions";
import { callRaw } from "@/test/support/call-raw";
import { createExportData, type ExportData } from "@/test/support/export-data";
import { unzip } from "@/test/support/unzip";
import { failedMusts } from "@/test/support/w3c-musts";
import { GET } from "./route";

let data: ExportData;
const texts = () => new Map([data.documents.mixed, data.documents.plain].map((d) => [d.id, d.text]));
const exportAs = (query: string, token = data.team.viewer.token) =>
  callRaw(GET, { url: `/api/v1/projects/${data.team.projectId}/export?${query}`, token, params: { projectId: data.team.projectId } });
const csvRows = (text: string) => parse(text, { columns: true, bom: false, relax_quotes: false }) as Record<string, string>[];

function expectQuoteAt(text: string, q: { exact: string; start: number; end: number; codePointStart: number; codePointEnd: number }) {
  expect(text.slice(q.start, q.end)).toBe(q.exact);
  expect([...text].slice(q.codePointStart, q.codePointEnd).join("")).toBe(q.exact);
}

beforeAll(async () => {
  data = await createExportData();
});

describe("CSV", () => {
  it("has one row per approved claim and evidence span, quotes at both kinds of offsets, CRLF records", async () => {
    const res = await exportAs("format=csv");
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename=".*-claims\.csv"/);
    expect(res.headers.get("x-total-count")).toBe("4");
    expect(res.headers.get("x-claim-count")).toBe("3");
    const rows = csvRows(res.text);
    expect(rows).toHaveLength(4);
    expect(res.text.endsWith("\r\n")).toBe(true);
    expect(res.text.replace(/"(?:[^"]|"")*"/g, "").split("\n").every((line, i, all) => i === all.length - 1 || line.endsWith("\r"))).toBe(true);
    const docs = texts();
    for (const row of rows) {
      const text = docs.get(row.document_id!)!;
      expectQuoteAt(text, { exact: row.quote_exact!, start: Number(row.start_utf16), end: Number(row.end_utf16), codePointStart: Number(row.start_code_point), codePointEnd: Number(row.end_code_point) });
      expect(row.status).toBe("approved");
    }
    expect(rows.map((r) => r.quote_exact)).toContain("executed.\r\nگزارش");
    expect(rows.map((r) => r.quote_exact)).toContain("می‌گوید که ۳۰٬۰۰۰ زندانی");
  });

  it("flattens fields by type, resolves names, reliabilities, the via chain, reviews and deprecation", async () => {
    const rows = csvRows((await exportAs("format=csv")).text);
    const counted = rows.filter((r) => r.claim_id === data.claims.counted);
    expect(counted.map((r) => [r.evidence_index, r.evidence_count])).toEqual([["1", "2"], ["2", "2"]]);
    expect(counted[0]).toMatchObject({
      claim_type: "victim_count",
      count_kind: "approx",
      count_value: "30000",
      count_min: "",
      outcome: "executed",
      event_id: data.entities.massacre,
      event_name: "1988 massacre",
      place_name: "Evin Prison",
      period_from: "1988-07",
      period_to: "1988-09",
      asserted_by_name: "Amnesty International",
      asserted_by_reliability: "B",
      reported_by_name: "Example News",
      via_names: "شاهد (Witness)",
      modality: "estimated",
      credibility: "2",
      deprecated: "false",
      document_title: "Report «1988»",
      document_source_url: "https://example.org/report-1988",
      annotated_by_id: data.team.annotator.id,
      created_by_name: data.team.annotator.name,
      approved_by: data.team.reviewer.name,
    });
    expect(counted[0]!.reviews).toMatch(new RegExp(`^${data.team.reviewer.name}: approve \\(v\\d+\\)$`));
    const role = rows.find((r) => r.claim_id === data.claims.role)!;
    expect(role).toMatchObject({ person_name: "Hossein-Ali Montazeri", role: "Deputy Supreme Leader", count_kind: "", reported_by_id: "" });
    const deprecated = rows.find((r) => r.claim_id === data.claims.deprecated)!;
    expect(deprecated).toMatchObject({ deprecated: "true", deprecation_reason: "Superseded by the 30,000 estimate.", count_kind: "range", count_min: "2800", count_max: "5000" });
    expect(JSON.parse(deprecated.fields_json!)).toMatchObject({ count: { kind: "range", min: 2800, max: 5000 } });
    expect(Object.keys(rows[0]!).slice(0, 3)).toEqual(["claim_id", "claim_type", "claim_version"]);
  });

  it("filters by status, type, document, entity, dates and deprecation", async () => {
    const ids = async (query: string) => [...new Set(csvRows((await exportAs(`format=csv&${query}`)).text).map((r) => r.claim_id))].sort();
    const { counted, role, statement, deprecated } = data.claims;
    expect(await ids("status=all")).toEqual([counted, role, statement, deprecated].sort());
    expect(await ids("status=submitted")).toEqual([statement]);
    expect(await ids("type=role")).toEqual([role]);
    expect(await ids("type=role&type=victim_count")).toEqual([counted, role, deprecated].sort());
    expect(await ids(`documentId=${data.documents.plain.id}`)).toEqual([role]);
    expect(await ids(`entityId=${data.entities.massacre}`)).toEqual([counted, deprecated].sort());
    expect(await ids("deprecated=exclude")).toEqual([counted, role].sort());
    const today = new Date().toISOString().slice(0, 10);
    expect(await ids(`from=${today}&to=${today}`)).toEqual([counted, role, deprecated].sort());
    expect(await ids("to=2000-01-01")).toEqual([]);
    const header = (await exportAs("format=csv&type=role")).text.split("\r\n")[0]!;
    expect(header).toContain("person_name");
    expect(header).not.toContain("count_kind");
  });
});

describe("JSONL", () => {
  it("writes one nested claim per line, the same bytes each time", async () => {
    const res = await exportAs("format=jsonl");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
    const records = res.text.trimEnd().split("\n").map((l) => JSON.parse(l) as ClaimRecord);
    expect(records.map((r) => r.id)).toEqual([data.claims.counted, data.claims.role, data.claims.deprecated]);
    const docs = texts();
    for (const r of records) for (const e of r.evidence) expectQuoteAt(docs.get(e.documentId)!, e);
    const counted = records[0]!;
    expect(Object.keys(counted)).toEqual(["id", "type", "version", "status", "fields", "attribution", "credibility", "evidence", "entities", "reviews", "createdBy", "createdAt", "updatedAt", "deprecated"]);
    expect(counted.attribution).toMatchObject({ assertedBy: { name: "Amnesty International", reliability: "B" }, via: [{ id: data.entities.witness, name: "شاهد (Witness)" }], stance: "asserts" });
    expect(counted.entities[data.entities.massacre]).toMatchObject({ name: "1988 massacre", kind: "event" });
    expect(counted.reviews).toMatchObject([{ decision: "approve", credibility: 2, reviewer: { id: data.team.reviewer.id } }]);
    expect(records[2]!.deprecated).toMatchObject({ reason: "Superseded by the 30,000 estimate." });
    expect((await exportAs("format=jsonl")).text).toBe(res.text);
  });
});

describe("W3C Web Annotation", () => {
  it("is an AnnotationCollection passing every MUST of the W3C test suite", async () => {
    const res = await exportAs("format=w3c&status=all");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe('application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"');
    const collection = JSON.parse(res.text);
    expect(collection).toMatchObject({ type: "AnnotationCollection", total: 4, first: { type: "AnnotationPage", startIndex: 0 } });
    expect(failedMusts("collectionMusts", collection)).toEqual([]);
    expect(failedMusts("pageMusts", collection)).toEqual([]);
    expect(failedMusts("pageMusts", collection.first)).toEqual([]);
    const items = collection.first.items as Record<string, unknown>[];
    expect(items).toHaveLength(4);
    for (const annotation of items) expect(failedMusts("annotationMusts", annotation)).toEqual([]);
    const docs = texts();
    for (const annotation of items) {
      for (const target of annotation.target as { source: string; selector: { type: string; exact?: string; start?: number; end?: number }[] }[]) {
        const text = docs.get(target.source.split("/").pop()!)!;
        const [quote, position] = target.selector;
        expect(text.slice(position!.start, position!.end)).toBe(quote!.exact);
      }
    }
    expect(res.text.split("\n")).toHaveLength(4 + 3);
  });

  it("the checker catches an annotation that breaks a MUST", () => {
    const broken = { "@context": "http://www.w3.org/ns/anno.jsonld", id: "not an iri", type: "Annotation", body: "x", bodyValue: "y", target: "http://example.org/" };
    expect(failedMusts("annotationMusts", broken).map((f) => f.assertion)).toEqual(
      expect.arrayContaining(["annotations/3.1-annotationIdValidated.json", "annotations/3.2.5-notBodyBodyValue.json"]),
    );
  });
});

describe("Data package", () => {
  it("is a zip of datapackage.json and CSV tables whose keys hold together", async () => {
    const res = await exportAs("format=datapackage");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/zip");
    const files = await unzip(res.bytes);
    expect([...files.keys()]).toEqual(["datapackage.json", "claims.csv", "evidence.csv", "documents.csv", "entities.csv", "reviews.csv"]);
    const descriptor = JSON.parse(files.get("datapackage.json")!.toString("utf8"));
    expect(descriptor).toMatchObject({ profile: "tabular-data-package", workbench: { counts: { claims: 3, rows: 4, documents: 2, reviews: 3 } } });
    const tables = new Map<string, Record<string, string>[]>();
    for (const resource of descriptor.resources) {
      const text = files.get(resource.path)!.toString("utf8");
      expect(text.split("\r\n")[0]).toBe(resource.schema.fields.map((f: { name: string }) => f.name).join(","));
      const rows = csvRows(text);
      const keys = rows.map((r) => resource.schema.primaryKey.map((k: string) => r[k]).join("|"));
      expect(new Set(keys).size).toBe(rows.length);
      tables.set(resource.name, rows);
    }
    for (const resource of descriptor.resources) {
      for (const fk of resource.schema.foreignKeys ?? []) {
        const targets = new Set(tables.get(fk.reference.resource)!.map((r) => r[fk.reference.fields[0]]));
        for (const row of tables.get(resource.name)!) {
          const value = row[fk.fields[0]];
          if (value) expect(targets.has(value), `${resource.name}.${fk.fields[0]} = ${value}`).toBe(true);
        }
      }
    }
    expect(tables.get("claims")).toHaveLength(3);
    expect(tables.get("evidence")).toHaveLength(4);
    const documents = new Map(tables.get("documents")!.map((d) => [d.document_id, d.text!]));
    for (const e of tables.get("evidence")!) {
      expectQuoteAt(documents.get(e.document_id!)!, { exact: e.quote_exact!, start: Number(e.start_utf16), end: Number(e.end_utf16), codePointStart: Number(e.start_code_point), codePointEnd: Number(e.end_code_point) });
    }
  });
});

describe("access and input", () => {
  it("lets every member export, hides the project from outsiders, and records each export", async () => {
    for (const member of [data.team.owner, data.team.reviewer, data.team.annotator, data.team.viewer]) {
      expect((await exportAs("format=csv", member.token)).status).toBe(200);
    }
    const outsider = await exportAs("format=csv", data.team.outsider.token);
    expectHidden({ status: outsider.status, headers: outsider.headers, body: JSON.parse(outsider.text) });
    const events = await call(listEvents, { token: data.team.owner.token, params: { projectId: data.team.projectId }, url: "/?limit=500" });
    const exports = events.body.items.filter((e: { type: string }) => e.type === "export.created");
    expect(exports.length).toBeGreaterThanOrEqual(4);
    expect(exports.at(-1)).toMatchObject({ actorId: data.team.viewer.id, subjectType: "project", data: { format: "csv", counts: { claims: 3, rows: 4 }, via: "api" } });
  });

  it.each([
    ["format=xml", ["format"]],
    ["status=bogus", ["status", 0]],
    ["tpye=role", []],
    ["from=2026-13-45", ["from"]],
    ["from=2026-02-01&to=2026-01-01", ["to"]],
    ["type=Not-A-Type", ["type", 0]],
    ["type=no_such_type", ["type", 0]],
    ["documentId=doc_nope", ["documentId", 0]],
    ["entityId=ent_nope", ["entityId", 0]],
  ])("answers 400 with issues for %s", async (query, path) => {
    const res = await exportAs(query);
    expectError({ status: res.status, headers: res.headers, body: JSON.parse(res.text) }, 400, "invalid_input", path.length ? [path] : []);
  });
});
