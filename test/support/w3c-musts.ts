// Runs the W3C Web Annotation test suite's MUST assertions (copied into lib/exports/w3c-schemas)
// on a JSON value: annotationMusts.test for an annotation, collectionMusts.test and pageMusts.test
// for a collection with its first page embedded. Returns the assertions that failed, with Ajv's errors.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";

const DIR = fileURLToPath(new URL("../../lib/exports/w3c-schemas/", import.meta.url));
const readJson = (file: string) => JSON.parse(readFileSync(path.join(DIR, file), "utf8")) as Record<string, unknown>;

export type W3cSuite = "annotationMusts" | "collectionMusts" | "pageMusts";
const SUITES: Record<W3cSuite, string> = {
  annotationMusts: "annotations/annotationMusts.test",
  collectionMusts: "collections/collectionMusts.test",
  pageMusts: "collections/pages/pageMusts.test",
};

function buildAjv() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const file of readdirSync(path.join(DIR, "definitions")).filter((f) => f.endsWith(".json"))) ajv.addSchema(readJson(path.join("definitions", file)));
  return ajv;
}

let ajv: ReturnType<typeof buildAjv> | undefined;
const validators = new Map<string, ReturnType<ReturnType<typeof buildAjv>["compile"]>>();

/** The assertions of a suite, by file name. */
export function suiteAssertions(suite: W3cSuite): string[] {
  return (readJson(SUITES[suite]).assertions as string[]) ?? [];
}

export function failedMusts(suite: W3cSuite, value: unknown): { assertion: string; errors: unknown }[] {
  ajv ??= buildAjv();
  const failed = [];
  for (const assertion of suiteAssertions(suite)) {
    let validate = validators.get(assertion);
    if (!validate) {
      const schema = readJson(assertion);
      validate = ajv.getSchema(String(schema.id)) ?? ajv.compile(schema);
      validators.set(assertion, validate);
    }
    const expectValid = readJson(assertion).expectedResult !== "invalid";
    if (validate(value) !== expectValid) failed.push({ assertion, errors: validate.errors });
  }
  return failed;
}
