import { HeatmapRect } from "@visx/heatmap";
import { scaleLinear } from "@visx/scale";
import type { HeatmapDay } from "@/app/_domain/progress";

// A year of reviews, one column per week (Monday first), drawn as server-rendered SVG by visx.
// Screen readers get a summary in aria-label and the busiest days in the caption.
const cell = 6;
const gap = 1;

type Bin = { bin: number; count: number; date: string };
type Column = { bin: number; bins: Bin[] };

function weeks(days: HeatmapDay[]): Column[] {
  if (days.length === 0) return [];
  const firstWeekday = (new Date(`${days[0]!.date}T00:00:00Z`).getUTCDay() + 6) % 7;
  const columns: Column[] = [];
  days.forEach((day, index) => {
    const slot = index + firstWeekday;
    const week = Math.floor(slot / 7);
    columns[week] ??= { bin: week, bins: [] };
    columns[week].bins.push({ bin: slot % 7, count: day.count, date: day.date });
  });
  return columns;
}

export function ReviewHeatmap({ days }: { days: HeatmapDay[] }) {
  const columns = weeks(days);
  const max = Math.max(1, ...days.map((day) => day.count));
  const total = days.reduce((sum, day) => sum + day.count, 0);
  const active = days.filter((day) => day.count > 0).length;
  const color = scaleLinear<string>({ domain: [0, max], range: ["#dfe9f5", "#0b5cad"] });
  const width = columns.length * (cell + gap);
  const height = 7 * (cell + gap);
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-label={`Reviews over the last year: ${total} reviews on ${active} days.`}
      >
        <HeatmapRect<Column, Bin>
          data={columns}
          xScale={(week) => week * (cell + gap)}
          yScale={(weekday) => weekday * (cell + gap)}
          colorScale={(count) => (count ? color(count) : "#eef1f4")}
          binWidth={cell + gap}
          binHeight={cell + gap}
          gap={gap}
          bins={(column) => column.bins}
          count={(bin) => bin.count}
        >
          {(heatmap) =>
            heatmap.flat().map((bin) => (
              <rect
                key={`${bin.column}-${bin.row}`}
                x={bin.x}
                y={bin.y}
                width={bin.width}
                height={bin.height}
                fill={bin.color}
                rx={1}
              >
                <title>{`${bin.bin.date}: ${bin.count ?? 0} reviews`}</title>
              </rect>
            ))
          }
        </HeatmapRect>
      </svg>
      <figcaption className="meta">
        {total} reviews on {active} of the last {days.length} days.
      </figcaption>
    </figure>
  );
}
