import { scaleLinear, scaleUtc } from "d3-scale";
import { line } from "d3-shape";

// A small trend line for a card, drawn on the server (d3-scale, d3-shape). Decorative: the card says
// the value in words beside it, so it is hidden from assistive technology.

const WIDTH = 120;
const HEIGHT = 32;
const PAD = 3;

export function Sparkline({ points, className = "" }: { points: { periodEnd: Date; value: number }[]; className?: string }) {
  if (points.length < 2) return null;
  const times = points.map((point) => point.periodEnd.getTime());
  const values = points.map((point) => point.value);
  const x = scaleUtc()
    .domain([new Date(Math.min(...times)), new Date(Math.max(...times))])
    .range([PAD, WIDTH - PAD]);
  const y = scaleLinear()
    .domain([Math.min(...values), Math.max(...values)])
    .range([HEIGHT - PAD, PAD]);
  if (y.domain()[0] === y.domain()[1]) y.range([HEIGHT / 2, HEIGHT / 2]);
  const path = line<(typeof points)[number]>()
    .digits(1)
    .x((point) => x(point.periodEnd))
    .y((point) => y(point.value))(points);
  const last = points.at(-1)!;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      className={`aspect-[120/32] h-auto w-24 shrink-0 ${className}`}
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={path ?? ""}
        fill="none"
        stroke="currentColor"
        strokeWidth={1.75}
        strokeLinejoin="round"
        strokeLinecap="round"
        vectorEffect="non-scaling-stroke"
      />
      <circle cx={x(last.periodEnd)} cy={y(last.value)} r={2.5} fill="currentColor" />
    </svg>
  );
}
