/** A visual timeline of events as inline SVG: one lane per event type, one dot per dated event. */
import { CHART_FONT } from "./bar-chart.tsx";
import { layoutTimeline, type TimelineItem } from "./timeline-layout.ts";

const W = 720;
const LABEL = 110;

/** The timeline of `items`; null when none is dated. The list beside it carries the links. */
export function EventTimeline({ items, id, title }: { items: TimelineItem[]; id: string; title: string }) {
  const layout = layoutTimeline(items, { left: LABEL + 10, right: W - 20, top: 8, laneHeight: 26 });
  if (!layout.points.length) return null;
  const height = layout.height + 24;
  return (
    <div className="chart-scroll" tabIndex={0} role="group" aria-label={title}>
      <svg
        className="chart timeline"
        width={W}
        height={height}
        viewBox={`0 0 ${W} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc
          id={`${id}-desc`}
        >{`${layout.points.length} dated events in ${layout.lanes.length} types, from ${layout.ticks[0]?.label} to ${layout.ticks.at(-1)?.label}.`}</desc>
        {layout.lanes.map((l) => (
          <g key={l.type}>
            <line x1={LABEL + 4} x2={W - 10} y1={l.y} y2={l.y} stroke="#d0d7de" />
            <text x={LABEL} y={l.y + 4} textAnchor="end" fontSize={CHART_FONT} fill="#1b1f24">
              {l.type}
            </text>
          </g>
        ))}
        {layout.points.map((p) => (
          <circle key={p.key} cx={p.x} cy={p.y} r={5} fill="#0b5cad" fillOpacity={0.7}>
            <title>{`${p.date} — ${p.label}`}</title>
          </circle>
        ))}
        {layout.ticks.map((t, i) => (
          <text
            key={i}
            x={t.x}
            y={height - 6}
            textAnchor={i === 0 ? "start" : i === 2 ? "end" : "middle"}
            fontSize={CHART_FONT}
            fill="#57606a"
          >
            {t.label}
          </text>
        ))}
      </svg>
    </div>
  );
}
