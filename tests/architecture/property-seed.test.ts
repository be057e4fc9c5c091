import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("property test reports", () => {
  it("name the seed and path of a failure, and replaying them fails the same way", () => {
    const prop = fc.property(fc.integer(), (n) => n < 1000);
    const result = fc.check(prop, { seed: 7 });
    expect(result.failed).toBe(true);
    const report = fc.defaultReportMessage(result) ?? "";
    expect(report).toMatch(/seed: 7, path: "[\d:]+"/);
    const replay = fc.check(prop, { seed: result.seed, path: result.counterexamplePath ?? undefined });
    expect(replay.counterexample).toEqual(result.counterexample);
  });
});
