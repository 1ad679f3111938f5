import { AxisBottom, AxisLeft } from "@visx/axis";
import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";
import type { ForecastDay } from "@/app/_domain/progress";

// Reviews falling due on each of the next 30 days, as an SVG bar chart with a data table behind
// a disclosure for screen readers and for anyone who wants the numbers. Drawn at about the width
// of a 360 px phone's column, so its 12-unit labels show at about 12 px there.
const width = 340;
const height = 180;
const margin = { top: 8, right: 12, bottom: 28, left: 32 };
const tickLabel = { fontSize: 12, fill: "currentColor" } as const;

export function DueForecastChart({ days }: { days: ForecastDay[] }) {
  const x = scaleBand<string>({
    domain: days.map((d) => d.date),
    range: [0, width - margin.left - margin.right],
    padding: 0.2,
  });
  const max = Math.max(1, ...days.map((d) => d.due));
  const y = scaleLinear<number>({
    domain: [0, max],
    range: [height - margin.top - margin.bottom, 0],
    nice: true,
  });
  const total = days.reduce((sum, d) => sum + d.due, 0);
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-label={`Due forecast: ${total} reviews over the next ${days.length} days, ${days[0]?.due ?? 0} today, ${days[1]?.due ?? 0} tomorrow.`}
      >
        <Group left={margin.left} top={margin.top}>
          {days.map((day) => (
            <Bar
              key={day.date}
              x={x(day.date)}
              y={y(day.due)}
              width={x.bandwidth()}
              height={y(0) - y(day.due)}
              // The page's accent, so the bars keep their contrast in dark mode too.
              style={{ fill: "var(--accent)" }}
            />
          ))}
          <AxisLeft
            scale={y}
            // Reviews are whole: no "0.5" ticks, no "1.0" labels.
            tickValues={y.ticks(4).filter(Number.isInteger)}
            tickFormat={(value) => String(value)}
            tickLabelProps={tickLabel}
            stroke="currentColor"
            tickStroke="currentColor"
          />
          <AxisBottom
            top={y(0)}
            scale={x}
            tickValues={days.filter((_, index) => index % 7 === 0).map((d) => d.date)}
            tickFormat={(date) => date.slice(5)}
            tickLabelProps={{ ...tickLabel, textAnchor: "middle" }}
            stroke="currentColor"
            tickStroke="currentColor"
          />
        </Group>
      </svg>
      <details>
        <summary>Forecast as a table</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Reviews due</th>
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day.date}>
                <td>{day.date}</td>
                <td>{day.due}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
