// `npm run optimize`: fits the FSRS parameters of every student whose fit is due, then exits.
// For PostgreSQL deployments, from cron (e.g. hourly); in embedded mode the server runs the same
// job itself, and this command gets "database in use" while the server is up.
import { closeDatabase } from "@/app/_server/db";
import { isAppError } from "@/app/_server/errors";
import {
  fitDueFsrsParameters,
  type FitSummary,
} from "@/app/_server/data/optimizer/fit-fsrs-parameters";

const round = (value: number) => value.toFixed(4);

function describe(result: FitSummary | { userId: string; status: "failed"; error: unknown }) {
  if (result.status === "failed") return `${result.userId}: failed (${String(result.error)})`;
  if (result.status === "not-ready") return `${result.userId}: not enough reviews`;
  const { logLoss, rmseBins } = result;
  return (
    `${result.userId}: ${result.reviewCount} reviews in ${result.fitMs} ms; log loss ` +
    `${round(logLoss.default)} → ${round(logLoss.fitted)}, RMSE(bins) ${round(rmseBins.default)} → ` +
    `${round(rmseBins.fitted)}; ${result.inUse ? "in use" : "defaults kept"}`
  );
}

async function main(): Promise<void> {
  const { fitted, failed } = await fitDueFsrsParameters({
    now: () => new Date(),
    onResult: (result) => console.log(`Citecards optimizer: ${describe(result)}`),
  });
  console.log(`Citecards optimizer: ${fitted} fitted, ${failed} failed.`);
  await closeDatabase();
  if (failed > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(isAppError(error) ? `Citecards: ${error.userMessage}` : error);
  process.exit(1);
});
