import "server-only";
import { readEnv } from "../env";
import { fitDueFsrsParameters } from "../data/optimizer/fit-fsrs-parameters";

// The FSRS optimizer runs inside the Next.js server process, off the request path: Next.js 16
// finds `instrumentation.ts` only at the project root or in src/, and our top level is fixed, so
// db.ts starts this job the first time a request opens the database. In embedded mode it must
// run here, as PGlite allows one process; on PostgreSQL it is off by default and
// `npm run optimize` runs from cron instead, so several server processes do not all fit the
// same students. CITECARDS_OPTIMIZER=on|off overrides (see README, Decisions).

const firstRunDelayMs = 60_000; // let the server warm up and serve its first pages first
const intervalMs = 6 * 3_600_000; // refits need 20% more reviews: a few runs a day is plenty

type Runner = { timer: NodeJS.Timeout; running: Promise<void> | null };
// On globalThis: Next.js may evaluate this module once per bundle layer and again on reload.
const holder = globalThis as typeof globalThis & { citecardsOptimizer?: Runner };

export function optimizerEnabled(env = readEnv()): boolean {
  if (env.CITECARDS_OPTIMIZER === "auto") return !env.DATABASE_URL;
  return env.CITECARDS_OPTIMIZER === "on";
}

/** Starts the periodic job once per process; later calls do nothing. */
export function startBackgroundOptimizer(): void {
  if (holder.citecardsOptimizer || !optimizerEnabled()) return;
  const first = setTimeout(() => runOnce(), firstRunDelayMs);
  first.unref(); // never keep the process alive for it
  const timer = setInterval(() => runOnce(), intervalMs);
  timer.unref();
  holder.citecardsOptimizer = { timer, running: null };
}

// Single flight: a run still going when the next tick comes is left to finish alone.
function runOnce(): void {
  const runner = holder.citecardsOptimizer;
  if (!runner || runner.running) return;
  runner.running = new Promise<void>((resolve) => setImmediate(resolve))
    .then(() => fitDueFsrsParameters({ now: () => new Date(), onResult: report }))
    .then(({ fitted, failed }) => {
      if (fitted + failed > 0)
        console.log(`Citecards optimizer: ${fitted} fitted, ${failed} failed.`);
    })
    .catch((error: unknown) => console.error("Citecards optimizer: run failed", error))
    .finally(() => {
      runner.running = null;
    });
}

function report(result: { userId: string; status: string; error?: unknown }): void {
  if (result.status === "failed") {
    console.error(`Citecards optimizer: fit failed for user ${result.userId}`, result.error);
  }
}
