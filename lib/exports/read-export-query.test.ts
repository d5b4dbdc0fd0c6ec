import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { readExportQuery } from "./read-export-query";

const read = (qs: string) => readExportQuery(new URL(`http://x/export?${qs}`));

describe("readExportQuery", () => {
  it("defaults to CSV of approved claims, every type, deprecated ones included", () => {
    expect(read("")).toEqual({ format: "csv", status: ["approved"], type: [], documentId: [], entityId: [], deprecated: "include" });
  });

  it("takes repeated keys and comma lists alike", () => {
    expect(read("format=jsonl&type=role&type=event,statement&status=approved,submitted&entityId=ent_1")).toMatchObject({
      format: "jsonl",
      type: ["role", "event", "statement"],
      status: ["approved", "submitted"],
      entityId: ["ent_1"],
    });
  });

  it("refuses unknown keys and bad values with the path of each", () => {
    const issues = (qs: string) => {
      try {
        read(qs);
      } catch (e) {
        return (e as AppError).issues.map((i) => i.path);
      }
      return [];
    };
    expect(issues("types=role")).toEqual([["types"]]);
    expect(issues("status=")).toEqual([["status"]]);
    expect(issues("documentId=a%20b&to=2026-01-01&from=2026-02-01")).toEqual([["documentId", 0], ["to"]]);
  });

  it("refuses days that do not exist, which PostgreSQL would refuse later with a 500", () => {
    const issues = (qs: string) => {
      try {
        read(qs);
      } catch (e) {
        return (e as AppError).issues.map((i) => i.path);
      }
      return [];
    };
    expect(issues("from=0000-01-01")).toEqual([["from"]]);
    expect(issues("from=1988-02-30")).toEqual([["from"]]);
    expect(issues("to=1988-13-01T00:00Z")).toEqual([["to"]]);
    expect(issues("from=1988-02-29&to=1988-02-29")).toEqual([]);
  });
});
