import { z } from "zod";

// Desired retention bounds: below 0.70 FSRS intervals grow so long that most reviews are
// failures; above 0.97 the workload explodes (FSRS wiki, "The optimal retention", and Anki's
// own UI warns outside roughly the same range). 0.90 is the FSRS and Anki default.
export const minDesiredRetention = 0.7;
export const maxDesiredRetention = 0.97;
export const defaultDesiredRetention = 0.9;

// ts-fsrs step syntax: a whole number followed by m (minutes), h (hours) or d (days).
const stepSchema = z
  .string()
  .regex(/^[1-9]\d*[mhd]$/, "a step is a whole number followed by m, h or d, e.g. 10m")
  .transform((step) => step as `${number}${"m" | "h" | "d"}`);

export const schedulerConfigSchema = z.object({
  desiredRetention: z
    .number()
    .min(minDesiredRetention)
    .max(maxDesiredRetention)
    .default(defaultDesiredRetention),
  // Anki and ts-fsrs defaults: learn with 1m then 10m, relearn a lapse with 10m.
  learningSteps: z.array(stepSchema).max(10).default(["1m", "10m"]),
  relearningSteps: z.array(stepSchema).max(10).default(["10m"]),
  // 36500 days is the ts-fsrs and Anki default ("no practical maximum").
  maximumIntervalDays: z.number().int().min(1).max(36500).default(36500),
  // Fuzz spreads cards that were learned together over neighbouring days. The seed is a salt:
  // the random draw is derived from it plus the card key, the review time and the repetition
  // count, so the same answer always gets the same interval (see schedule.ts).
  fuzz: z
    .object({ enabled: z.boolean().default(true), seed: z.string().max(200).default("") })
    .default({ enabled: true, seed: "" }),
  // Fitted FSRS-6 parameters (21 numbers) from the optimizer; absent means ts-fsrs defaults.
  parameters: z.array(z.number().refine(Number.isFinite)).length(21).optional(),
});

export type SchedulerConfig = z.output<typeof schedulerConfigSchema>;
export type SchedulerConfigInput = z.input<typeof schedulerConfigSchema>;

/** Validates and fills in defaults; throws a ZodError on bad input. */
export function parseSchedulerConfig(input: SchedulerConfigInput = {}): SchedulerConfig {
  return schedulerConfigSchema.parse(input);
}

export const defaultSchedulerConfig: SchedulerConfig = parseSchedulerConfig({});
