import { describe, expect, it } from "vitest";
import * as z from "zod";
import { AppError } from "../errors";
import { refuseUnknownQuery } from "./refuse-unknown-query";

const refusal = (url: string, query?: z.ZodObject) => {
  try {
    refuseUnknownQuery(new URL(url, "http://localhost"), { query });
    return null;
  } catch (error) {
    return error as AppError;
  }
};

describe("refuseUnknownQuery", () => {
  const ZQuery = z.object({ status: z.string().optional(), limit: z.string().optional() });

  it("lets declared keys through, repeated or not", () => {
    expect(refusal("/x?status=draft&status=approved&limit=2", ZQuery)).toBeNull();
    expect(refusal("/x", undefined)).toBeNull();
  });

  it("refuses each undeclared key by name, saying what the route takes", () => {
    const error = refusal("/x?staus=approved&limit=2&bogus=1&bogus=2", ZQuery);
    expect(error).toBeInstanceOf(AppError);
    expect(error?.status).toBe(400);
    expect(error?.issues).toEqual([
      { path: ["staus"], message: "Unknown query parameter" },
      { path: ["bogus"], message: "Unknown query parameter" },
    ]);
    expect(error?.message).toContain("`status`");
  });

  it("refuses any key on a route that declares no query", () => {
    expect(refusal("/x?limit=1")?.message).toContain("takes no query parameters");
  });
});
