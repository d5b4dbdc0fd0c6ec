import { describe, expect, it } from "vitest";
import { ZCreateEntity } from "@/lib/entities/schemas";
import { entityInput } from "./entity-input";

function form(values: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.set(k, v);
  return f;
}

describe("entityInput", () => {
  it("reads aliases one per line, in any script, and drops blank lines", () => {
    const input = entityInput(form({ kind: "person", name: "Hossein-Ali Montazeri", aliases: "حسینعلی منتظری\r\n\r\n  Montazeri \n", wikidataId: " q361154 " }));
    expect(input).toEqual({ kind: "person", name: "Hossein-Ali Montazeri", aliases: ["حسینعلی منتظری", "Montazeri"], wikidataId: "Q361154" });
    expect(ZCreateEntity.safeParse(input).success).toBe(true);
  });

  it("leaves blank optional fields out so the schema treats them as absent", () => {
    expect(entityInput(form({ kind: "event", name: "1988 massacre", aliases: " \n", wikidataId: "" }))).toEqual({ kind: "event", name: "1988 massacre" });
  });
});
