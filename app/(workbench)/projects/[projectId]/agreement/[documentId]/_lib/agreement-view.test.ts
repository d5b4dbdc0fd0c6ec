import { describe, expect, it } from "vitest";
import { alphaReading, fieldLabel, stringsIn } from "./agreement-view";

describe("agreement labels", () => {
  it("names fields by their type and field", () => {
    const typeName = (id: string) => ({ victim_count: "Victim count" })[id] ?? id;
    expect(fieldLabel("type", typeName)).toBe("Claim type");
    expect(fieldLabel("victim_count.count", typeName)).toBe("Victim count · Count");
    expect(fieldLabel("ctp_x.eventType", typeName)).toBe("ctp_x · Event type");
  });

  it("reads alpha by Krippendorff's thresholds", () => {
    expect([null, 0.9, 0.7, 0.2, -0.4].map(alphaReading)).toEqual(["too few shared units", "reliable", "tentative", "low", "low"]);
  });

  it("finds every string in a value", () => {
    expect(stringsIn({ a: "x", b: [1, { c: "y" }], d: null })).toEqual(["x", "y"]);
  });
});
