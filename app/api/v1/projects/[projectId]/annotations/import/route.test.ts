// Importing W3C and Hypothesis annotations onto the project's documents: our own W3C export round
// trips, Hypothesis JSON lands by its quote, and everything else is reported with its reason.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as listAnnotations } from "@/app/api/v1/documents/[documentId]/annotations/route";
import { GET as exportDataset } from "@/app/api/v1/projects/[projectId]/export/route";
import { GET as listEvents } from "@/app/api/v1/projects/[projectId]/events/route";
import { call } from "@/test/support/api";
import { expectError, expectHidden } from "@/test/support/assertions";
import { callRaw } from "@/test/support/call-raw";
import { extractArticle } from "@/lib/capture/article/extract-article";
import { seedPages } from "@/test/support/capture/seed-pages";
import { createExportData, type ExportData } from "@/test/support/export-data";
import { parseHTML } from "linkedom";
import { POST as postDocument } from "@/app/api/v1/projects/[projectId]/documents/route";
import { POST } from "./route";

let data: ExportData;
const importAs = (body: unknown, token = data.team.owner.token, query = "") =>
  call(POST, { token, params: { projectId: data.team.projectId }, url: `/import${query}`, body });
const quote = (exact: string, extra: object = {}) => ({ type: "TextQuoteSelector", exact, ...extra });

beforeAll(async () => {
  data = await createExportData();
});

describe("W3C Web Annotation", () => {
  it("imports our own W3C export back: every target placed on its document, then reported as already there", async () => {
    const exported = await callRaw(exportDataset, { url: `/x?format=w3c`, token: data.team.owner.token, params: { projectId: data.team.projectId } });
    const collection = JSON.parse(exported.text);
    const res = await importAs(collection);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ total: 4, failed: [] });
    expect(res.body.created).toHaveLength(4);
    const texts = new Map([data.documents.mixed, data.documents.plain].map((d) => [d.id, d.text]));
    for (const c of res.body.created) expect(texts.get(c.documentId)!.slice(c.start, c.end)).toBe(c.exact);
    const again = await importAs(collection);
    expect(again.body.created).toEqual([]);
    expect(again.body.failed.map((f: { reason: string }) => f.reason)).toEqual(["duplicate", "duplicate", "duplicate", "duplicate"]);
  });

  it("reports each target it cannot place, and why", async () => {
    const mixed = `https://example.org/report-1988`;
    const annotations = [
      { type: "Annotation", target: { source: mixed, selector: quote("never said anywhere") } },
      { type: "Annotation", target: { source: mixed, selector: quote("e") } },
      { type: "Annotation", target: { source: "https://nowhere.example/page", selector: quote("Report") } },
      { type: "Annotation", target: "https://example.org/report-1988" },
      { type: "Annotation", target: { source: mixed, selector: { type: "TextPositionSelector", start: 0, end: 6 } } },
      { type: "Annotation", target: { source: `http://localhost:3000/api/v1/documents/${data.documents.plain.id}`, selector: { type: "TextPositionSelector", start: 0, end: 11 } } },
      "not an annotation",
    ];
    const res = await importAs(annotations, data.team.annotator.token);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.failed.map((f: { index: number; reason: string }) => [f.index, f.reason])).toEqual([
      [0, "not_found"],
      [1, "ambiguous"],
      [2, "no_document"],
      [3, "invalid"],
      [4, "no_quote"],
      [6, "invalid"],
    ]);
    expect(res.body.created).toMatchObject([{ index: 5, documentId: data.documents.plain.id, exact: "Hossein-Ali" }]);
  });
});

describe("Hypothesis", () => {
  it("places search results by their quote (not their page offsets) with the text as the note", async () => {
    const row = {
      id: "hyp1",
      uri: "https://example.org/report-1988/",
      text: "Look at the figure",
      target: [{ source: "https://example.org/report-1988/", selector: [{ type: "RangeSelector", startContainer: "/div[1]", startOffset: 0, endContainer: "/div[1]", endOffset: 9 }, { type: "TextPositionSelector", start: 900, end: 913 }, quote("End of report", { suffix: "." })] }],
    };
    const res = await importAs({ total: 1, rows: [row] }, data.team.annotator.token);
    expect(res.body).toMatchObject({ total: 1, failed: [], created: [{ documentId: data.documents.mixed.id, exact: "End of report" }] });
    const listed = await call(listAnnotations, { token: data.team.viewer.token, params: { documentId: data.documents.mixed.id }, url: "/?limit=500" });
    expect(listed.body.items.find((a: { id: string }) => a.id === res.body.created[0].annotationId)).toMatchObject({ note: "Look at the figure" });
  });

  it("puts everything on ?documentId= when given", async () => {
    const row = { uri: "https://elsewhere.example/", target: [{ selector: [quote("Supreme Leader")] }] };
    const res = await importAs([row], data.team.annotator.token, `?documentId=${data.documents.plain.id}`);
    expect(res.body).toMatchObject({ failed: [], created: [{ documentId: data.documents.plain.id, exact: "Supreme Leader" }] });
  });
});

describe("annotations made on the live page land on its capture", () => {
  it("places Hypothesis quotes measured on the page's DOM text, at any form of its URL, and never on chrome", async () => {
    const page = seedPages()[4]!;
    const article = extractArticle(page.html);
    const created = await call(postDocument, {
      token: data.team.owner.token, params: { projectId: data.team.projectId },
      body: { title: page.title, text: article.text, sourceUrl: "https://www.mek-iran.example/2018/12/abject-failure/" },
    });
    expect(created.status).toBe(201);
    const docId = created.body.id as string;

    // What Hypothesis sees on the live page: the DOM's text, newlines and indentation included, chrome too.
    const dom = parseHTML(page.html).document.body.textContent as string;
    const selectorFor = (exact: string) => {
      const at = dom.indexOf(exact);
      expect(at, exact).toBeGreaterThanOrEqual(0);
      return [
        { type: "TextPositionSelector", start: at, end: at + exact.length },
        quote(exact, { prefix: dom.slice(Math.max(0, at - 32), at), suffix: dom.slice(at + exact.length, at + exact.length + 32) }),
      ];
    };
    const uri = "http://mek-iran.example/2018/12/abject-failure?utm_source=newsletter&fbclid=xyz#annotations";
    const wanted = [
      "More than 30,000 political prisoners", // first words of the article: before it, the byline and date
      "Ebrahim Raisi was part of the Death Commission in 1988.",
      "“an abject failure”", // last paragraph: after it, the share box
      page.article[6]!.slice(0, 60),
    ];
    const chrome = page.chrome.find((c) => !article.text.includes(c) && dom.includes(c))!;
    const rows = [...wanted, chrome].map((exact, i) => ({ id: `live${i}`, uri, target: [{ source: uri, selector: selectorFor(exact) }] }));
    const res = await importAs({ total: rows.length, rows }, data.team.annotator.token);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.created.map((c: { exact: string }) => c.exact)).toEqual(wanted);
    for (const c of res.body.created) {
      expect(c.documentId).toBe(docId);
      expect(article.text.slice(c.start, c.end)).toBe(c.exact);
    }
    expect(res.body.failed).toMatchObject([{ index: 4, reason: "not_found" }]);
  });
});

describe("access and input", () => {
  it("says by name when a file holds more than 5,000 annotations", async () => {
    const one = { type: "Annotation", target: { source: "https://example.org/report-1988", selector: quote("Report of 1988") } };
    for (const body of [Array(5001).fill(one), { total: 5001, rows: Array(5001).fill(one) }]) {
      const res = await importAs(body, data.team.annotator.token);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).toContain("The file holds 5001 annotations; import at most 5000 at a time");
    }
  });

  it("is for annotators and above; outsiders see no project; bad input is a 400", async () => {
    const one = { type: "Annotation", target: { source: "https://example.org/report-1988", selector: quote("Report of 1988") } };
    expectError(await importAs(one, data.team.viewer.token), 403, "forbidden");
    expectHidden(await importAs(one, data.team.outsider.token));
    expectError(await importAs(one, data.team.owner.token, "?documentId=not%20an%20id"), 400, "invalid_input", [["documentId"]]);
    expectError(await importAs("{not json", data.team.owner.token), 400, "invalid_json");
    const unknownDoc = await importAs(one, data.team.owner.token, "?documentId=doc_missing");
    expect(unknownDoc.body.failed).toMatchObject([{ reason: "no_document" }]);
  });

  it("records each import in the event log", async () => {
    const events = (await call(listEvents, { token: data.team.owner.token, params: { projectId: data.team.projectId }, url: "/?limit=500" })).body.items;
    const imports = events.filter((e: { type: string }) => e.type === "annotations.imported");
    expect(imports.length).toBeGreaterThanOrEqual(4);
    expect(imports[0]).toMatchObject({ actorId: data.team.owner.id, data: { total: 4, created: 4, failed: 0 } });
  });
});
