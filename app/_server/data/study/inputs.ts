import { z } from "zod";
import {
  MAX_ANSWER_DURATION_MS,
  maxDesiredRetention,
  maxExtraNewCards,
  minDesiredRetention,
} from "@/app/_domain/scheduling";
import { AppError } from "../../errors";
import { storableText } from "../../storable-text";
import { isTimeZone } from "./time-zone";

// The shapes the study endpoints accept. Route handlers and server actions parse with these;
// the data functions take the parsed, typed values.

export function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  // A message written as a sentence for the person ("New questions a day must be …") stands
  // alone; zod's own ("Too small: …") is named by its field for whoever sent the request.
  const written = issue?.message.endsWith(".") ?? false;
  const where = issue && issue.path.length > 0 && !written ? `${issue.path.join(".")}: ` : "";
  throw new AppError("bad_input", {
    message: parsed.error.message,
    userMessage: `${where}${issue?.message ?? "The request is not valid."}`,
  });
}

const id = z.string().min(1).max(200);

export const answerInputSchema = z.object({
  idempotencyKey: z.uuid("idempotencyKey must be a UUID made by the client."),
  questionId: id,
  // Typed text, the chosen option, "true"/"false", or "" for a flashcard.
  response: storableText(
    z.string().max(2000, "The answer is too long (2000 characters at most)."),
    "The answer",
  ),
  durationMs: z.number().int().min(0).max(MAX_ANSWER_DURATION_MS),
  cardVersion: z.number().int().min(0),
  selfRating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
  usedHint: z.boolean().optional(),
});
export type AnswerInput = z.infer<typeof answerInputSchema>;

export const articleIdsSchema = z.array(id).max(500).optional();

// `?articles=a,b` on the next-item endpoint; absent or empty means every article.
export const nextQuerySchema = z.object({
  articles: z
    .string()
    .max(20_000)
    .optional()
    .transform((value) => value?.split(",").filter(Boolean))
    .transform((ids) => (ids && ids.length > 0 ? ids : undefined))
    .pipe(articleIdsSchema),
});

export const undoInputSchema = z.object({ reviewId: id.optional() });

// "Learn more today": the day's allowance above the new limit the client asks for (what it was
// shown plus one step), so that sending it twice allows no more than sending it once, and the
// study day it was offered on, so that a tap after the day has turned gives the new day nothing.
export const moreNewInputSchema = z.object({
  extraNewCards: z
    .number("extraNewCards must be a number.")
    .int()
    .min(1, "extraNewCards must be at least 1.")
    .max(maxExtraNewCards, `At most ${maxExtraNewCards} more new questions a day.`),
  day: z.string("day must be a study day.").regex(/^\d{4}-\d{2}-\d{2}$/, "day must be YYYY-MM-DD."),
});

// Bounds: desired retention as the scheduler allows; daily limits generous enough for a
// cramming student while keeping the queue query bounded (it reads at most the limit + a margin).
export const maxNewCardsPerDay = 500;
export const maxReviewsPerDay = 5000;

/** A daily limit: a whole number from 0 to `max`, one message for every way to miss it. */
function wholeNumber(name: string, max: number) {
  const message = `${name} must be a whole number from 0 to ${max}.`;
  return z.number({ error: message }).int(message).min(0, message).max(max, message);
}

export const studySettingsSchema = z.object({
  desiredRetention: z
    .number()
    .min(minDesiredRetention, `Desired retention must be at least ${minDesiredRetention}.`)
    .max(maxDesiredRetention, `Desired retention must be at most ${maxDesiredRetention}.`),
  newCardsPerDay: wholeNumber("New questions a day", maxNewCardsPerDay),
  reviewsPerDay: wholeNumber("Reviews a day", maxReviewsPerDay),
  timeZone: z
    .string()
    .max(100)
    .refine(isTimeZone, "Choose a time zone such as Africa/Niamey.")
    .optional(),
});
export type StudySettingsInput = z.infer<typeof studySettingsSchema>;
