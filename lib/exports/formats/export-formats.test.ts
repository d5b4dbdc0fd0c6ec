// The format registry is the one list: the query's enum, releases, the OpenAPI text and what the
// export page is given all come from it, and every format has the whole shape.
import { describe, expect, it } from "vitest";
import { exportDataset, createRelease } from "../../http/contracts/exports";
import { buildOpenApi } from "../../http/openapi";
import { DEFAULT_FORMAT, EXPORT_FORMATS, exportFormat, exportFormatInfos, RELEASE_FORMATS, ZExportQuery } from ".";

type Json = Record<string, unknown>;

describe("the export format registry", () => {
  it("gives each format its own id and file name, and a media type, label and hint", () => {
    expect(new Set(EXPORT_FORMATS.map((f) => f.id)).size).toBe(EXPORT_FORMATS.length);
    expect(new Set(EXPORT_FORMATS.map((f) => f.fileName)).size).toBe(EXPORT_FORMATS.length);
    for (const f of EXPORT_FORMATS) {
      expect(f.id).toMatch(/^[a-z0-9]+$/);
      expect(f.label.length).toBeGreaterThan(0);
      expect(f.hint.length).toBeGreaterThan(0);
      expect(f.mediaType).toMatch(/^[a-z]+\/[a-z0-9.+-]+(;|$)/);
      expect(typeof f.write).toBe("function");
    }
  });

  it("keeps the formats the API has always had, csv first as the default", () => {
    expect(EXPORT_FORMATS.map((f) => f.id)).toEqual(["csv", "jsonl", "w3c", "datapackage"]);
    expect(DEFAULT_FORMAT).toBe("csv");
    expect(ZExportQuery.parse({}).format).toBe("csv");
    expect(RELEASE_FORMATS.map((f) => f.fileName)).toEqual(["claims.csv", "claims.jsonl", "claims.w3c.jsonld", "datapackage.zip"]);
  });

  it("accepts exactly the registered ids as `format`", () => {
    for (const f of EXPORT_FORMATS) expect(ZExportQuery.parse({ format: f.id }).format).toBe(f.id);
    expect(ZExportQuery.safeParse({ format: "xlsx" }).success).toBe(false);
    expect(exportFormat("w3c").fileName).toBe("claims.w3c.jsonld");
  });

  it("hands the browser plain data: every field but the writer, and nothing that cannot cross to it", () => {
    const infos = exportFormatInfos();
    expect(infos.map((f) => f.id)).toEqual(EXPORT_FORMATS.map((f) => f.id));
    for (const info of infos) {
      expect(info).not.toHaveProperty("write");
      expect(JSON.parse(JSON.stringify(info))).toEqual(info);
    }
  });

  it("writes the OpenAPI text of the export and release routes from the registry", () => {
    const doc = buildOpenApi([exportDataset, createRelease]) as { paths: Record<string, Record<string, Json>> };
    const op = doc.paths["/projects/{projectId}/export"]?.get as { summary: string; description: string; parameters: Json[]; responses: Record<string, Json> };
    const format = op.parameters.find((p) => p.name === "format") as { schema: { enum: string[]; default: string } };
    expect(format.schema.enum).toEqual(EXPORT_FORMATS.map((f) => f.id));
    expect(format.schema.default).toBe("csv");
    for (const f of EXPORT_FORMATS) {
      expect(op.summary).toContain(f.label);
      expect(op.responses["200"]?.description).toContain(`${f.id}: ${f.mediaType.split(";")[0]}`);
    }
    const release = doc.paths["/projects/{projectId}/releases"]?.post as { description: string };
    for (const f of RELEASE_FORMATS) expect(release.description).toContain(f.fileName);
  });
});
