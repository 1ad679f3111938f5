import { AppError } from "../../errors";

/** The card as it is now, for a client to show the question again with the right version. */
export type FreshCard = {
  questionId: string;
  version: number;
  state: number;
  due: Date;
  reps: number;
  lapses: number;
  lastReview: Date | null;
};

// A stale answer is refused with the card as it now stands, so the client can re-show it.
export class StaleCardError extends AppError {
  readonly card: FreshCard;

  constructor(card: FreshCard) {
    super("stale", {
      message: `Card ${card.questionId} is at version ${card.version}.`,
      userMessage:
        "This card was answered meanwhile, perhaps on another device. It has been refreshed: answer it again if it is still due.",
    });
    this.name = "StaleCardError";
    this.card = card;
  }
}
