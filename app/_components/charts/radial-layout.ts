/** Positions for a star-shaped network: the actor in the middle, co-occurring actors on a circle around it. */

/** A neighbour of the centre and how many articles it shares with it. */
export interface Neighbour {
  key: string;
  label: string;
  weight: number;
}

/** A placed node, with the stroke width of its edge to the centre (1.5 per shared article, capped). */
export interface PlacedNode extends Neighbour {
  x: number;
  y: number;
  edgeWidth: number;
  /** Which side of the node its label goes, so labels point away from the centre. */
  anchor: "start" | "middle" | "end";
}

/** Places neighbours evenly on a circle of `radius` around (cx, cy), heaviest first from the top, clockwise. */
export function layoutRadial(
  neighbours: readonly Neighbour[],
  opts: { cx: number; cy: number; radius: number; maxEdge?: number },
): PlacedNode[] {
  const maxEdge = opts.maxEdge ?? 8;
  const sorted = [...neighbours].sort((a, b) => b.weight - a.weight || a.label.localeCompare(b.label));
  return sorted.map((n, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / sorted.length;
    const x = round(opts.cx + opts.radius * Math.cos(angle));
    const y = round(opts.cy + opts.radius * Math.sin(angle));
    const dx = x - opts.cx;
    return {
      ...n,
      x,
      y,
      // absolute, not relative to the heaviest: a network of single shared articles should look thin
      edgeWidth: Math.min(maxEdge, 1 + 1.5 * n.weight),
      anchor: Math.abs(dx) < 1 ? "middle" : dx > 0 ? "start" : "end",
    };
  });
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** A label broken at spaces into lines of about `width` characters, so long names stay whole and inside the picture. */
export function wrapLabel(label: string, width = 18): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
