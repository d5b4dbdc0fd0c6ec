// datapackage.json for the Frictionless (Tabular) Data Package: one resource per CSV, each with a
// Table Schema (typed fields, primary key, foreign keys) and the CSV dialect we write (RFC 4180:
// comma, double quotes, CRLF, header row). Pure: the same tables, filter and `now` give the same text.
import type { PackageTable } from "./package-tables";

const FORMAT: Record<string, string | undefined> = { datetime: "%Y-%m-%dT%H:%M:%S.%fZ" };

export interface PackageInfo {
  /** Lowercase letters, digits, `-`, `_`, `.` (the Data Package name rules). */
  name: string;
  title: string;
  description: string;
  now: Date;
  /** Stored under `workbench` so a reader knows what was selected. */
  filter: unknown;
  counts: Record<string, number>;
}

export function packageName(text: string): string {
  const slug = text.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "");
  return slug || "export";
}

export function datapackageDescriptor(tables: readonly PackageTable[], info: PackageInfo): string {
  const descriptor = {
    profile: "tabular-data-package",
    name: info.name,
    title: info.title,
    description: info.description,
    created: info.now.toISOString(),
    resources: tables.map((t) => ({
      profile: "tabular-data-resource",
      name: t.name,
      path: `${t.name}.csv`,
      title: t.title,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      dialect: { delimiter: ",", doubleQuote: true, lineTerminator: "\r\n", quoteChar: '"', header: true },
      schema: {
        fields: t.columns.map((c) => ({ name: c.name, type: c.type, ...(FORMAT[c.type] ? { format: FORMAT[c.type] } : {}), description: c.description })),
        missingValues: [""],
        primaryKey: t.primaryKey,
        ...(t.foreignKeys.length ? { foreignKeys: t.foreignKeys } : {}),
      },
    })),
    workbench: { filter: info.filter, counts: info.counts },
  };
  return `${JSON.stringify(descriptor, null, 2)}\n`;
}
