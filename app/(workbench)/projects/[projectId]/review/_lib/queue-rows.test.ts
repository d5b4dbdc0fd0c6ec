import { describe, expect, it } from "vitest";
import { formatAge } from "./queue-rows";

describe("formatAge", () => {
  it("reads in minutes, hours, then days", () => {
    expect(formatAge(-5)).toBe("0 min");
    expect(formatAge(59 * 60_000)).toBe("59 min");
    expect(formatAge(3 * 3_600_000 + 1)).toBe("3 h");
    expect(formatAge(8 * 86_400_000)).toBe("8 d");
  });
});
