/** A grouped bar chart as inline SVG, drawn on the server: one group per period, one bar per series, with labelled axes and values. */
import type { PeriodCounts } from "./count-by-period.ts";

/** A series' name and fill colour (dark enough to read against white). */
export interface BarSeries {
  name: string;
  color: string;
}

/** Smallest text in any chart, in CSS pixels: charts are never scaled down (they scroll), so this is what a phone shows. */
export const CHART_FONT = 12;
const HEIGHT = 190;
const LEFT = 44;
const BOTTOM = 40;
const TOP = 22;
const BAR = 16;

/** Bars of `data` at their own size (wide charts scroll sideways); returns null when there is nothing to draw. */
export function BarChart({
  data,
  series,
  title,
  id,
}: {
  data: PeriodCounts;
  series: BarSeries[];
  title: string;
  id: string;
}) {
  if (!data.buckets.length) return null;
  const groupWidth = Math.max(56, series.length * (BAR + 4) + 16);
  const width = LEFT + Math.max(200, data.buckets.length * groupWidth) + 8;
  const max = Math.max(1, ...data.buckets.flatMap((b) => b.counts));
  const plot = HEIGHT - BOTTOM - TOP;
  const y = (n: number) => HEIGHT - BOTTOM - (n / max) * plot;
  const ticks = [...new Set([0, Math.round(max / 2), max])];
  // label every nth period so labels never collide
  const every = Math.ceil((data.buckets.length * 60) / (width - LEFT));
  const summary = data.buckets
    .map((b) => `${b.label}: ${b.counts.map((c, i) => `${c} ${series[i]?.name}`).join(", ")}`)
    .join("; ");
  return (
    <div className="chart-scroll" tabIndex={0} role="group" aria-label={title}>
      <svg
        className="chart"
        width={width}
        height={HEIGHT}
        viewBox={`0 0 ${width} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={LEFT - 4} x2={width - 4} y1={y(t)} y2={y(t)} stroke={t ? "#d0d7de" : "#57606a"} strokeWidth={1} />
            <text x={LEFT - 8} y={y(t) + 4} textAnchor="end" fontSize={CHART_FONT} fill="#1b1f24">
              {t}
            </text>
          </g>
        ))}
        <text
          x={12}
          y={TOP + plot / 2}
          transform={`rotate(-90 12 ${TOP + plot / 2})`}
          textAnchor="middle"
          fontSize={CHART_FONT}
          fill="#1b1f24"
        >
          Count
        </text>
        <text x={LEFT + (width - LEFT) / 2} y={HEIGHT - 4} textAnchor="middle" fontSize={CHART_FONT} fill="#1b1f24">
          {data.unit === "month" ? "Month" : "Year"}
        </text>
        {data.buckets.map((b, i) => (
          <g key={b.key} transform={`translate(${LEFT + i * groupWidth + 8},0)`}>
            {b.counts.map((c, s) => (
              <g key={s}>
                <rect x={s * (BAR + 4)} y={y(c)} width={BAR} height={HEIGHT - BOTTOM - y(c)} fill={series[s]?.color}>
                  <title>{`${b.label}: ${c} ${series[s]?.name}`}</title>
                </rect>
                {c ? (
                  <text
                    x={s * (BAR + 4) + BAR / 2}
                    y={y(c) - 4}
                    textAnchor="middle"
                    fontSize={CHART_FONT}
                    fill="#1b1f24"
                  >
                    {c}
                  </text>
                ) : null}
              </g>
            ))}
            {i % every === 0 ? (
              <text x={0} y={HEIGHT - BOTTOM + 16} fontSize={CHART_FONT} fill="#1b1f24">
                {b.label}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
    </div>
  );
}
