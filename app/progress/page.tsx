import type { Metadata } from "next";
import { retentionLine } from "@/app/_domain/progress";
import { estimateWorkload } from "@/app/_domain/scheduling";
import { DueForecastChart } from "../_components/progress/due-forecast-chart";
import { OptimizerSummary } from "../_components/progress/optimizer-summary";
import { ReviewHeatmap } from "../_components/progress/review-heatmap";
import { StudySettingsForm } from "../_components/progress/study-settings-form";
import { requireUser } from "../_server/current-user";
import { getFsrsFit } from "../_server/data/optimizer/get-fsrs-fit";
import { getProgress } from "../_server/data/progress/get-progress";
import { getStudySettings } from "../_server/data/study/study-settings";
import { offsetMinutesAt } from "../_server/data/study/time-zone";

export const metadata: Metadata = { title: "Progress" };

// The workload simulation is pure and deterministic: run it once per server process.
let workloadTable: { desiredRetention: number; reviewsPerDayPer100: number }[] | undefined;
function workload() {
  workloadTable ??= [0.7, 0.8, 0.85, 0.9, 0.95, 0.97].map((retention) =>
    estimateWorkload(retention, { cards: 200 }),
  );
  return workloadTable;
}

export default async function ProgressPage() {
  const user = await requireUser();
  const settings = await getStudySettings({ actor: user });
  const now = new Date();
  const [progress, fit] = await Promise.all([
    getProgress({
      actor: user,
      now,
      tzOffsetMinutes: offsetMinutesAt(settings.timeZone, now),
      offsetAt: (at) => offsetMinutesAt(settings.timeZone, at),
    }),
    getFsrsFit({ actor: user }),
  ]);
  const tomorrow = progress.forecast[1]?.due ?? 0;
  return (
    <>
      <h1>Progress</h1>
      <p>
        Streak: <strong>{progress.streaks.current}</strong>{" "}
        {progress.streaks.current === 1 ? "day" : "days"} (longest {progress.streaks.longest}). Due
        tomorrow: <strong>{tomorrow}</strong>.
      </p>
      <h2>Reviews this year</h2>
      <ReviewHeatmap days={progress.heatmap} />
      <h2>Due in the next 30 days</h2>
      <DueForecastChart days={progress.forecast} />
      <h2>Retention</h2>
      <p>{retentionLine(progress.retention.month, progress.retention.year)}</p>
      <h2>Mastery by article</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Article</th>
            <th scope="col">Mastered</th>
          </tr>
        </thead>
        <tbody>
          {progress.mastery.map((row) => (
            <tr key={row.articleId}>
              <td>
                <a href={`/articles/${row.articleId}`}>{row.title}</a>
              </td>
              <td>
                <meter
                  min={0}
                  max={1}
                  value={row.share}
                  aria-label={`${row.mastered} of ${row.questions} mastered`}
                />{" "}
                {row.mastered}/{row.questions}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Your memory model</h2>
      <OptimizerSummary fit={fit} timeZone={settings.timeZone} />
      <h2>Settings</h2>
      <StudySettingsForm
        desiredRetention={settings.desiredRetention}
        newCardsPerDay={settings.newCardsPerDay}
        reviewsPerDay={settings.reviewsPerDay}
        workload={workload()}
      />
    </>
  );
}
