import { describe, expect, it } from "vitest";
import { retryOnDeadlock } from "./retry-on-deadlock";

const deadlock = () => Object.assign(new Error("deadlock detected"), { code: "40P01" });

describe("retryOnDeadlock", () => {
  it("tries a step again when Postgres aborted it as a deadlock, and answers what it finally answers", async () => {
    let calls = 0;
    const value = await retryOnDeadlock(async () => {
      calls += 1;
      if (calls < 3) throw deadlock();
      return "queue ready";
    });
    expect(value).toBe("queue ready");
    expect(calls).toBe(3);
  });

  it("passes any other error on at once", async () => {
    let calls = 0;
    const refused = Object.assign(new Error("permission denied"), { code: "42501" });
    await expect(
      retryOnDeadlock(async () => {
        calls += 1;
        throw refused;
      }),
    ).rejects.toBe(refused);
    expect(calls).toBe(1);
  });

  it("gives up after its attempts, with the deadlock", async () => {
    let calls = 0;
    await expect(
      retryOnDeadlock(async () => {
        calls += 1;
        throw deadlock();
      }, 2),
    ).rejects.toMatchObject({ code: "40P01" });
    expect(calls).toBe(2);
  });
});
