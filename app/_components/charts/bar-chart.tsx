/** A grouped bar chart as inline SVG, drawn on the server: one group per period, one bar per series. */
import type { PeriodCounts } from "./count-by-period.ts";

/** A series' name and fill colour (dark enough to read against white). */
export interface BarSeries {
  name: string;
  color: string;
}

const HEIGHT = 120;
const AXIS = 18;
const TOP = 12;

/** Bars of `data` in a viewBox that scales to its container; returns null when there is nothing to draw. */
export function BarChart({ data, series, title, id }: { data: PeriodCounts; series: BarSeries[]; title: string; id: string }) {
  if (!data.buckets.length) return null;
  const groupWidth = Math.max(24, series.length * 14 + 8);
  const width = Math.max(200, data.buckets.length * groupWidth);
  const max = Math.max(1, ...data.buckets.flatMap((b) => b.counts));
  const barHeight = (n: number) => (n / max) * (HEIGHT - AXIS - TOP);
  // label every nth period so labels never collide
  const every = Math.ceil(data.buckets.length / Math.floor(width / 56));
  const summary = data.buckets.map((b) => `${b.label}: ${b.counts.map((c, i) => `${c} ${series[i]?.name}`).join(", ")}`).join("; ");
  return (
    <svg className="chart" width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} preserveAspectRatio="xMinYMid meet">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{summary}</desc>
      <line x1={0} x2={width} y1={HEIGHT - AXIS} y2={HEIGHT - AXIS} stroke="#57606a" strokeWidth={1} />
      {data.buckets.map((b, i) => (
        <g key={b.key} transform={`translate(${i * groupWidth + 4},0)`}>
          {b.counts.map((c, s) => (
            <rect key={s} x={s * 14} y={HEIGHT - AXIS - barHeight(c)} width={12} height={barHeight(c)} fill={series[s]?.color}>
              <title>{`${b.label}: ${c} ${series[s]?.name}`}</title>
            </rect>
          ))}
          {i % every === 0 ? (
            <text x={0} y={HEIGHT - 4} fontSize={10} fill="#1b1f24">{b.label}</text>
          ) : null}
        </g>
      ))}
    </svg>
  );
}
