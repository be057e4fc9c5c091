import { describe, expect, it } from "vitest";
import {
  buildSegmentTree,
  splitPieces,
  type SegmentNode,
  type Span,
} from "@/app/_components/highlight/split-segments.ts";

const span = (start: number, end: number, layer: number, key: string): Span<string> => ({
  start,
  end,
  layer,
  key,
  data: key,
});

/** Rebuilds the covered text from a tree, so every test also checks nothing is lost or duplicated. */
function flatten(text: string, nodes: SegmentNode<string>[]): string {
  return nodes.map((n) => (n.kind === "text" ? text.slice(n.start, n.end) : flatten(text, n.children))).join("");
}

/** The tree as nested brackets, e.g. "[q:said [m:Atmar]]". */
function show(text: string, nodes: SegmentNode<string>[]): string {
  return nodes
    .map((n) => (n.kind === "text" ? text.slice(n.start, n.end) : `[${n.span.key}:${show(text, n.children)}]`))
    .join("");
}

describe("splitPieces", () => {
  it("cuts the text at every boundary of valid spans", () => {
    expect(splitPieces(10, [span(2, 5, 0, "a"), span(4, 8, 1, "b")]).map((p) => [p.start, p.end])).toEqual([
      [0, 2],
      [2, 4],
      [4, 5],
      [5, 8],
      [8, 10],
    ]);
  });

  it.each([
    ["empty", span(3, 3, 0, "x")],
    ["reversed", span(5, 2, 0, "x")],
    ["past the end", span(8, 12, 0, "x")],
    ["negative", span(-1, 2, 0, "x")],
    ["fractional", span(1.5, 3, 0, "x")],
  ])("ignores a %s span", (_, s) => {
    expect(splitPieces(10, [s])).toEqual([{ start: 0, end: 10, byLayer: new Map() }]);
  });
});

describe("buildSegmentTree", () => {
  const text = "Atmar said we talk to the Haqqanis now";

  it("nests a mention inside a quote", () => {
    const tree = buildSegmentTree(text.length, [span(11, 34, 0, "q"), span(26, 34, 1, "m")]);
    expect(show(text, tree)).toBe("Atmar said [q:we talk to the [m:Haqqanis]] now");
  });

  it("splits a link that crosses a quote boundary instead of overlapping elements", () => {
    const tree = buildSegmentTree(text.length, [span(0, 10, 0, "q"), span(6, 14, 1, "m")]);
    expect(show(text, tree)).toBe("[q:Atmar [m:said]][m: we ]talk to the Haqqanis now");
  });

  it("lets the earlier of two overlapping spans of one layer win the shared text", () => {
    const tree = buildSegmentTree(text.length, [span(6, 21, 1, "b"), span(0, 10, 1, "a")]);
    expect(show(text, tree)).toBe("[a:Atmar said][b: we talk to] the Haqqanis now");
  });

  it("prefers the longer span when two of one layer start together", () => {
    const tree = buildSegmentTree(text.length, [span(0, 5, 1, "short"), span(0, 10, 1, "long")]);
    expect(show(text, tree)).toBe("[long:Atmar said] we talk to the Haqqanis now");
  });

  it("keeps one element per quote even when several links cut through it", () => {
    const tree = buildSegmentTree(text.length, [span(0, 38, 0, "q"), span(0, 5, 1, "m1"), span(26, 34, 1, "m2")]);
    expect(tree).toHaveLength(1);
    expect(show(text, tree)).toBe("[q:[m1:Atmar] said we talk to the [m2:Haqqanis] now]");
  });

  it("drops text outside the first layer when asked (blank lines between paragraphs)", () => {
    const t = "One.\n\nTwo.";
    const tree = buildSegmentTree(t.length, [span(0, 4, 0, "p1"), span(6, 10, 0, "p2")], { dropUncovered: true });
    expect(show(t, tree)).toBe("[p1:One.][p2:Two.]");
  });

  it("rebuilds the text exactly for arbitrary overlapping spans", () => {
    const spans = [
      span(0, 20, 0, "a"),
      span(5, 30, 1, "b"),
      span(10, 15, 2, "c"),
      span(12, 38, 2, "d"),
      span(25, 38, 0, "e"),
    ];
    expect(flatten(text, buildSegmentTree(text.length, spans))).toBe(text);
  });
});
