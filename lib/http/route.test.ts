import { describe, expect, it } from "vitest";
import { route } from "./route";

describe("route", () => {
  it("answers 404 for a path parameter holding NUL, which no id holds and PostgreSQL refuses to compare", async () => {
    let called = false;
    const handler = route<{ projectId: string }>(async () => {
      called = true;
      return new Response(null, { status: 204 });
    });
    const res = await handler(new Request("http://localhost/x", { method: "POST" }), { params: Promise.resolve({ projectId: "prj\u0000" }) });
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe("not_found");
    expect(called).toBe(false);
  });
});
