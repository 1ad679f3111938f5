import { plural } from "../plural";
import type { TomorrowPreview } from "./study-types";

/** "Tomorrow: 12 reviews and 20 new questions." for the finished-for-today screen. */
export function tomorrowLine({ reviews, newQuestions }: TomorrowPreview): string {
  const parts = [
    reviews > 0 ? plural(reviews, "review", "reviews") : null,
    newQuestions > 0 ? plural(newQuestions, "new question", "new questions") : null,
  ].filter((part) => part !== null);
  return parts.length > 0 ? `Tomorrow: ${parts.join(" and ")}.` : "Nothing is due tomorrow.";
}
