/**
 * Overlapping spans of a text become a tree of non-overlapping pieces: the text is cut at every span
 * boundary, each piece keeps at most one span per layer, and neighbouring pieces that share a span
 * are grouped again so one quote renders as one element even when mentions cut through it.
 */

/** A marked range of the text; lower layers wrap higher ones (paragraph → quote → speaker → link). */
export interface Span<T = unknown> {
  start: number;
  end: number;
  layer: number;
  /** Identifies the span so pieces of it can be grouped again. */
  key: string;
  data: T;
}

/** A node of the rendered tree: plain text or one span wrapping its children. */
export type SegmentNode<T = unknown> =
  | { kind: "text"; start: number; end: number }
  | { kind: "span"; span: Span<T>; start: number; end: number; children: SegmentNode<T>[] };

interface Piece<T> {
  start: number;
  end: number;
  byLayer: Map<number, Span<T>>;
}

/** Spans that are inside the text and not empty; offsets from the API are trusted only this far. */
function validSpans<T>(length: number, spans: readonly Span<T>[]): Span<T>[] {
  return spans.filter(
    (s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= length && s.start < s.end,
  );
}

/** Cuts [0, length) at every span boundary and records which span covers each piece per layer. */
export function splitPieces<T>(length: number, spans: readonly Span<T>[]): Piece<T>[] {
  const valid = validSpans(length, spans);
  const cuts = [...new Set([0, length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const pieces: Piece<T>[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const byLayer = new Map<number, Span<T>>();
    for (const s of valid) {
      if (s.start > start || s.end < end) continue;
      const held = byLayer.get(s.layer);
      // two spans of one layer overlap: the one that began first keeps the piece, so they never nest
      if (!held || s.start < held.start || (s.start === held.start && s.end > held.end)) byLayer.set(s.layer, s);
    }
    pieces.push({ start, end, byLayer });
  }
  return pieces;
}

function group<T>(pieces: Piece<T>[], layers: number[], depth: number): SegmentNode<T>[] {
  if (depth === layers.length) return pieces.map((p) => ({ kind: "text", start: p.start, end: p.end }));
  const layer = layers[depth]!;
  const out: SegmentNode<T>[] = [];
  let i = 0;
  while (i < pieces.length) {
    const span = pieces[i]!.byLayer.get(layer);
    let j = i + 1;
    while (j < pieces.length && pieces[j]!.byLayer.get(layer) === span) j++;
    const run = pieces.slice(i, j);
    const children = group(run, layers, depth + 1);
    if (span) out.push({ kind: "span", span, start: run[0]!.start, end: run.at(-1)!.end, children });
    else out.push(...children);
    i = j;
  }
  return out;
}

/** The tree of `text` under `spans`; with `dropUncovered`, text outside every span of the first layer is left out. */
export function buildSegmentTree<T>(
  length: number,
  spans: readonly Span<T>[],
  opts: { dropUncovered?: boolean } = {},
): SegmentNode<T>[] {
  const pieces = splitPieces(length, spans);
  const layers = [...new Set(validSpans(length, spans).map((s) => s.layer))].sort((a, b) => a - b);
  const tree = group(pieces, layers, 0);
  return opts.dropUncovered && layers.length
    ? tree.filter((n) => n.kind === "span" && n.span.layer === layers[0])
    : tree;
}
