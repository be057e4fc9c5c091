/** The co-occurrence network of one actor as inline SVG; every node links to its actor page. */
import { CHART_FONT } from "./bar-chart.tsx";
import { layoutRadial, wrapLabel, type Neighbour } from "./radial-layout.ts";

const W = 560;
const H = 360;

/** A radial network around `centre`; edge width grows with each neighbour's weight (shared articles and quotes). Null when there are no neighbours. */
export function NetworkGraph({
  centre,
  neighbours,
  id,
}: {
  centre: string;
  neighbours: (Neighbour & { href: string })[];
  id: string;
}) {
  if (!neighbours.length) return null;
  const placed = layoutRadial(neighbours, { cx: W / 2, cy: H / 2, radius: 120 });
  const hrefOf = new Map(neighbours.map((n) => [n.key, n.href]));
  return (
    <div className="chart-scroll">
      <svg
        className="chart network"
        width={W}
        height={H}
        viewBox={`0 0 ${W} ${H}`}
        aria-labelledby={`${id}-title`}
        role="group"
      >
        <title id={`${id}-title`}>{`Actors appearing in the same articles as ${centre}`}</title>
        {placed.map((n) => (
          <line
            key={`e-${n.key}`}
            x1={W / 2}
            y1={H / 2}
            x2={n.x}
            y2={n.y}
            stroke="#8a96a3"
            strokeWidth={n.edgeWidth}
            aria-hidden="true"
          />
        ))}
        <circle cx={W / 2} cy={H / 2} r={9} fill="#0b5cad" aria-hidden="true" />
        <text
          x={W / 2}
          y={H / 2 + 24}
          textAnchor="middle"
          fontSize={CHART_FONT}
          fontWeight={700}
          fill="#1b1f24"
          aria-hidden="true"
        >
          {centre}
        </text>
        {placed.map((n) => (
          <a key={n.key} href={hrefOf.get(n.key)} aria-label={n.label}>
            <circle cx={n.x} cy={n.y} r={6} fill="#57606a" />
            <NodeLabel x={n.x} y={n.y} anchor={n.anchor} above={n.y < H / 2} label={n.label} />
          </a>
        ))}
      </svg>
    </div>
  );
}

/** A node's name beside it, wrapped at spaces, pointing away from the centre. */
function NodeLabel({
  x,
  y,
  anchor,
  above,
  label,
}: {
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  above: boolean;
  label: string;
}) {
  const lines = wrapLabel(label);
  const dx = anchor === "start" ? 9 : anchor === "end" ? -9 : 0;
  // labels above a top node grow upwards so they never cross its edge
  const firstY =
    anchor === "middle" ? (above ? y - 10 - (lines.length - 1) * 14 : y + 18) : y + 4 - ((lines.length - 1) * 14) / 2;
  return (
    <text x={x + dx} y={firstY} textAnchor={anchor} fontSize={CHART_FONT} fill="#0b5cad">
      {/* the trailing space keeps words apart in the accessible name, which joins the lines */}
      {lines.map((l, i) => (
        <tspan key={i} x={x + dx} dy={i ? 14 : 0}>
          {i < lines.length - 1 ? `${l} ` : l}
        </tspan>
      ))}
    </text>
  );
}
