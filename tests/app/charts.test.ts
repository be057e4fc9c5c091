import { describe, expect, it } from "vitest";
import { countByPeriod } from "@/app/_components/charts/count-by-period.ts";
import { layoutRadial, wrapLabel } from "@/app/_components/charts/radial-layout.ts";
import { dayOf, layoutTimeline } from "@/app/_components/charts/timeline-layout.ts";

describe("countByPeriod", () => {
  it("counts per month and fills empty months", () => {
    const r = countByPeriod([
      ["2018-03-15", "2018-03-02", "2018-05"],
      ["2018-04-01", null],
    ]);
    expect(r.unit).toBe("month");
    expect(r.buckets.map((b) => [b.key, ...b.counts])).toEqual([
      ["2018-03", 2, 0],
      ["2018-04", 0, 1],
      ["2018-05", 1, 0],
    ]);
    expect(r.buckets[0]!.label).toBe("Mar 2018");
  });

  it("falls back to years when a date has only a year", () => {
    const r = countByPeriod([["2017", "2018-06-01"]]);
    expect(r).toEqual({
      unit: "year",
      buckets: [
        { key: "2017", label: "2017", counts: [1] },
        { key: "2018", label: "2018", counts: [1] },
      ],
    });
  });

  it("falls back to years over long spans", () => {
    expect(countByPeriod([["2010-01-01", "2018-01-01"]]).buckets).toHaveLength(9);
  });

  it("returns no buckets when nothing is dated", () => {
    expect(countByPeriod([[null, "not a date"]]).buckets).toEqual([]);
  });
});

describe("layoutRadial", () => {
  const opts = { cx: 100, cy: 100, radius: 50, maxEdge: 9 };

  it("puts the heaviest neighbour at the top with the widest edge", () => {
    const [top, other] = layoutRadial(
      [
        { key: "b", label: "B", weight: 1 },
        { key: "a", label: "A", weight: 3 },
      ],
      opts,
    );
    expect(top).toMatchObject({ key: "a", x: 100, y: 50, edgeWidth: 5.5, anchor: "middle" });
    expect(other).toMatchObject({ key: "b", x: 100, y: 150, edgeWidth: 2.5 });
  });

  it("caps the edge width", () => {
    expect(layoutRadial([{ key: "a", label: "A", weight: 40 }], opts)[0]!.edgeWidth).toBe(9);
  });

  it("spreads neighbours evenly on the circle, labels pointing outwards", () => {
    const placed = layoutRadial(
      ["a", "b", "c", "d"].map((k) => ({ key: k, label: k, weight: 1 })),
      opts,
    );
    expect(placed.map((p) => [p.x, p.y, p.anchor])).toEqual([
      [100, 50, "middle"],
      [150, 100, "start"],
      [100, 150, "middle"],
      [50, 100, "end"],
    ]);
  });
});

describe("layoutTimeline", () => {
  it("places the middle of a partial date's period", () => {
    expect(dayOf("2018-03-15")! - dayOf("2018-03-14")!).toBe(1);
    expect(dayOf("2018")).toBeCloseTo(Date.UTC(2018, 6, 2, 12) / 86_400_000, 0);
    expect(dayOf("March 2018")).toBeNull();
  });

  it("gives each type a lane and spreads dates between left and right", () => {
    const l = layoutTimeline(
      [
        { key: "1", date: "2018-01-01", type: "AGREE", label: "a" },
        { key: "2", date: "2018-03-01", type: "ACCUSE", label: "b" },
        { key: "3", date: null, type: "ASSAULT", label: "undated" },
      ],
      { left: 0, right: 100, top: 0, laneHeight: 20 },
    );
    expect(l.lanes).toEqual([
      { type: "ACCUSE", y: 10 },
      { type: "AGREE", y: 30 },
    ]);
    expect(l.points.map((p) => [p.key, p.x, p.y])).toEqual([
      ["1", 0, 30],
      ["2", 100, 10],
    ]);
    expect(l.ticks[0]!.label).toBe("2018-01");
  });
});

describe("wrapLabel", () => {
  it.each([
    ["Pakistan", ["Pakistan"]],
    ["National Security Council official", ["National Security", "Council official"]],
    ["Supercalifragilisticexpialidocious", ["Supercalifragilisticexpialidocious"]],
  ])("wraps %s", (label, lines) => expect(wrapLabel(label)).toEqual(lines));
});
