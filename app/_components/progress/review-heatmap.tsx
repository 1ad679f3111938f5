import { HeatmapRect } from "@visx/heatmap";
import { scaleLinear } from "@visx/scale";
import { heatmapMonths, type HeatmapDay } from "@/app/_domain/progress";
import { plural } from "../plural";

// A year of reviews, one column per week (Monday first), drawn as server-rendered SVG by visx.
// Cells keep a fixed size (53 weeks × 12 px fit the 640 px column on a desktop); a phone scrolls
// the strip sideways, and it opens on the latest weeks (.chart-scroll, row-reverse). Screen
// readers get a summary in aria-label, and everyone gets the months as a table.
const cell = 10;
const gap = 2;
const monthName = new Intl.DateTimeFormat("en-GB", {
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

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
  // The light end stays apart from an empty cell (#eef1f4), so a day of one review shows.
  const color = scaleLinear<string>({ domain: [0, max], range: ["#a8c8ec", "#0b5cad"] });
  const width = columns.length * (cell + gap);
  const height = 7 * (cell + gap);
  return (
    <figure className="chart">
      {/* Focusable so a keyboard can scroll it where it is wider than the screen. */}
      <div className="chart-scroll" tabIndex={0}>
        <svg
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          role="img"
          aria-label={`Reviews over the last year: ${plural(total, "review", "reviews")} on ${plural(active, "day", "days")}.`}
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
      </div>
      <figcaption className="meta">
        {plural(total, "review", "reviews")} on {active} of the last {days.length} days.
      </figcaption>
      <MonthTable days={days} />
    </figure>
  );
}

function MonthTable({ days }: { days: HeatmapDay[] }) {
  return (
    <details>
      <summary>Reviews by month</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">Reviews</th>
            <th scope="col">Days studied</th>
          </tr>
        </thead>
        <tbody>
          {heatmapMonths(days).map((row) => (
            <tr key={row.month}>
              <td>{monthName.format(new Date(`${row.month}-01T00:00:00Z`))}</td>
              <td>{row.reviews}</td>
              <td>{row.daysStudied}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
