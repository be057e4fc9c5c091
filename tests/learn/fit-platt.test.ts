import { describe, expect, it } from "vitest";
import { fitLogisticCurve, fitPlatt } from "@/scripts/learn/fit-platt.ts";

describe("fit-platt", () => {
  it("fits a rising curve when larger margins are right more often", () => {
    const xs = [-3, -2, -1, 0, 1, 2, 3, 4, 5, 6];
    const ys = [false, false, true, false, true, false, true, true, true, true];
    const [a] = fitLogisticCurve(xs, ys);
    expect(a).toBeGreaterThan(0);
  });

  it("stays finite when the margins separate right from wrong perfectly", () => {
    const [a, b] = fitLogisticCurve([-2, -1, 1, 2], [false, false, true, true]);
    expect(Number.isFinite(a) && Number.isFinite(b)).toBe(true);
  });

  it("gives the same parameters when fitted twice (no sampling)", () => {
    const outcomes = [-1, 0, 2, 3].map((margin, i) => ({ margin, decisive: i === 0, right: i > 1 }));
    expect(JSON.stringify(fitPlatt(outcomes))).toBe(JSON.stringify(fitPlatt(outcomes)));
  });
});
