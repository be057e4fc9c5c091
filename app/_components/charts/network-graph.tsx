/** The co-occurrence network of one actor as inline SVG; every node links to its actor page. */
import { layoutRadial, type Neighbour } from "./radial-layout.ts";

const W = 480;
const H = 320;

/** A radial network around `centre`; edge width grows with shared articles. Null when there are no neighbours. */
export function NetworkGraph({ centre, neighbours, id }: { centre: string; neighbours: (Neighbour & { href: string })[]; id: string }) {
  if (!neighbours.length) return null;
  const placed = layoutRadial(neighbours, { cx: W / 2, cy: H / 2, radius: 110 });
  const hrefOf = new Map(neighbours.map((n) => [n.key, n.href]));
  return (
    <svg className="chart network" viewBox={`0 0 ${W} ${H}`} aria-labelledby={`${id}-title`} role="group">
      <title id={`${id}-title`}>{`Actors appearing in the same articles as ${centre}`}</title>
      {placed.map((n) => (
        <line key={`e-${n.key}`} x1={W / 2} y1={H / 2} x2={n.x} y2={n.y} stroke="#8a96a3" strokeWidth={n.edgeWidth} aria-hidden="true" />
      ))}
      <circle cx={W / 2} cy={H / 2} r={9} fill="#0b5cad" aria-hidden="true" />
      <text x={W / 2} y={H / 2 + 24} textAnchor="middle" fontSize={12} fontWeight={700} fill="#1b1f24" aria-hidden="true">{centre}</text>
      {placed.map((n) => (
        <a key={n.key} href={hrefOf.get(n.key)} aria-label={`${n.label}, ${n.weight} shared article${n.weight === 1 ? "" : "s"}`}>
          <circle cx={n.x} cy={n.y} r={6} fill="#57606a" />
          <text x={n.x + (n.anchor === "start" ? 9 : n.anchor === "end" ? -9 : 0)} y={n.y + (n.anchor === "middle" ? (n.y < H / 2 ? -10 : 18) : 4)} textAnchor={n.anchor} fontSize={11} fill="#0b5cad">
            {n.label.length > 28 ? `${n.label.slice(0, 27)}…` : n.label}
          </text>
        </a>
      ))}
    </svg>
  );
}
