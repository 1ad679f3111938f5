import type { Grade } from "ts-fsrs";
import {
  fromFsrsCard,
  fromStateBefore,
  toFsrsCard,
  toStateBefore,
  type CardState,
  type CardStateBefore,
  type CardStateValue,
  type RatingValue,
} from "./card-state";
import type { SchedulerConfig } from "./config";
import { fsrsFor, weightsFor } from "./fsrs-instance";

/** What the review log row needs besides ids, response and timing. */
export type ReviewLogData = CardStateBefore & {
  rating: RatingValue;
  reviewedAt: Date;
  /** Whole days since the previous review (0 for a new card), as FSRS counts them. */
  elapsedDays: number;
  stateAfter: CardStateValue;
  dueAfter: Date;
  stabilityAfter: number;
  difficultyAfter: number;
  /** The FSRS-6 weights used, so a schedule can be explained later. */
  parameters: number[];
};

export type ScheduleAnswerInput = {
  card: CardState;
  rating: RatingValue;
  now: Date;
  config: SchedulerConfig;
  /** Stable card key (e.g. `${userId}:${questionId}`); it seeds the fuzz with the review time. */
  cardKey?: string;
};

export type ScheduledAnswer = { after: CardState; log: ReviewLogData };

const dayMs = 86_400_000;

/** Applies one answer. Pure: same inputs, same output (fuzz included). */
export function scheduleAnswer(input: ScheduleAnswerInput): ScheduledAnswer {
  const { card, rating, now, config } = input;
  const fsrsCard = toFsrsCard(card, input.cardKey ?? "");
  const result = fsrsFor(config).next(fsrsCard, now, rating as number as Grade);
  const after = capInterval(fromFsrsCard(result.card, card.version + 1), now, config);
  // ts-fsrs copies every input field onto its output; drop our seed key.
  const log: ReviewLogData = {
    ...toStateBefore(card),
    rating,
    reviewedAt: new Date(now.getTime()),
    elapsedDays: result.log.elapsed_days,
    stateAfter: after.state,
    dueAfter: after.due,
    stabilityAfter: after.stability,
    difficultyAfter: after.difficulty,
    parameters: weightsFor(config),
  };
  return { after, log };
}

/**
 * ts-fsrs keeps hard < good < easy by adding a day after capping at the maximum interval, so Easy
 * can land two days past it. The maximum is a promise to the student; at the cap the three
 * ratings agree, as in Anki.
 */
function capInterval(card: CardState, now: Date, config: SchedulerConfig): CardState {
  if (card.scheduledDays <= config.maximumIntervalDays) return card;
  const due = new Date(now.getTime() + config.maximumIntervalDays * dayMs);
  return { ...card, scheduledDays: config.maximumIntervalDays, due };
}

export type IntervalPreview = {
  rating: RatingValue;
  due: Date;
  state: CardStateValue;
  intervalMs: number;
  /** Short label for the rating button: "1m", "10m", "3d", "1.5mo", "2.1y". */
  label: string;
};

/** What each rating would do, for the rating buttons. */
export function previewIntervals(
  input: Omit<ScheduleAnswerInput, "rating">,
): Record<RatingValue, IntervalPreview> {
  const preview = (rating: RatingValue): IntervalPreview => {
    const { after } = scheduleAnswer({ ...input, rating });
    const intervalMs = after.due.getTime() - input.now.getTime();
    return {
      rating,
      due: after.due,
      state: after.state,
      intervalMs,
      label: formatInterval(intervalMs),
    };
  };
  return { 1: preview(1), 2: preview(2), 3: preview(3), 4: preview(4) };
}

/** Anki-style compact interval label. Months are 30 days and years 365, as in Anki's UI. */
export function formatInterval(intervalMs: number): string {
  const minutes = intervalMs / 60_000;
  if (minutes < 1) return "<1m";
  if (minutes < 60) return `${Math.round(minutes)}m`;
  if (minutes < 24 * 60) return `${Math.round(minutes / 60)}h`;
  const days = intervalMs / dayMs;
  if (days < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${trimOneDecimal(days / 30)}mo`;
  return `${trimOneDecimal(days / 365)}y`;
}

function trimOneDecimal(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** Undo: the card exactly as it was before the logged answer, version included. */
export function undoAnswer(logRow: CardStateBefore): CardState {
  return fromStateBefore(logRow);
}
