import type { ScoreBin } from "@/app/_domain/reports";

// A bar chart drawn as HTML: each bar is a row with its label and count in text, so screen
// readers read the same numbers the bars show (no chart library is installed, none is needed).
export function ScoreChart({ bins }: { bins: ScoreBin[] }) {
  const most = Math.max(1, ...bins.map((bin) => bin.count));
  return (
    <figure className="score-chart">
      <figcaption>Score distribution (students per score band)</figcaption>
      <ul aria-label="Students per score band">
        {bins.map((bin) => (
          <li key={bin.label}>
            <span className="score-chart-label">{bin.label}</span>
            <span
              className="score-chart-bar"
              aria-hidden="true"
              style={{ width: `${(bin.count / most) * 100}%` }}
            />
            <span className="score-chart-count">
              {bin.count} {bin.count === 1 ? "student" : "students"}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
