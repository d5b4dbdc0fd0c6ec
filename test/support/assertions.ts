// Checks that a response is the API's error shape: `{error: {code, message, issues}}`.
import { expect } from "vitest";
import type { CallResult } from "./api";

export function expectError(res: CallResult, status: number, code: string, issuePaths: (string | number)[][] = []): void {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  expect(res.body.error.code).toBe(code);
  expect(typeof res.body.error.message).toBe("string");
  expect(res.body.error.message.length).toBeGreaterThan(0);
  expect(Array.isArray(res.body.error.issues)).toBe(true);
  for (const issue of res.body.error.issues) {
    expect(Array.isArray(issue.path)).toBe(true);
    expect(typeof issue.message).toBe("string");
  }
  const paths = (res.body.error.issues as { path: (string | number)[] }[]).map((i) => i.path);
  for (const path of issuePaths) expect(paths).toContainEqual(path);
}

/** 404 exactly as for a project that does not exist: an outsider learns nothing. */
export function expectHidden(res: CallResult, what = "project"): void {
  expectError(res, 404, "not_found");
  expect(res.body.error.message).toBe(`No such ${what}, or you cannot see it.`);
}
