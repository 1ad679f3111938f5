import type { NextResponse, TomorrowPreview } from "./study-types";
import { tomorrowLine } from "./tomorrow-line";
import { plural } from "../plural";

type Props = {
  answered: number;
  tomorrow: TomorrowPreview | null;
  /** "2 cards come back later today, …", or null when none is still to come. */
  laterToday: string | null;
  learnMore: NextResponse["learnMore"];
  busy: boolean;
  onLearnMore: (extraNewCards: number) => void;
};

// The finished-for-today screen: what this session did and what the next study day holds, so a
// student knows whether to come back tomorrow and for how much. A student who wants to go on
// (before a test, say) can take more new questions today, as Anki's "increase today's new card
// limit": a few at a time, so the reviews they bring tomorrow stay in proportion.
export function DoneView({ answered, tomorrow, laterToday, learnMore, busy, onLearnMore }: Props) {
  return (
    <section className="study-card" aria-labelledby="done-heading">
      <h2 id="done-heading">{laterToday ? "Done for now" : "Done for today"}</h2>
      <p>
        {answered > 0
          ? `You answered ${plural(answered, "question", "questions")} in this session.`
          : "Nothing is due right now."}
      </p>
      {laterToday ? <p>{laterToday}</p> : null}
      {tomorrow ? <p>{tomorrowLine(tomorrow)}</p> : null}
      {learnMore ? (
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => onLearnMore(learnMore.extraNewCards)}
        >
          Learn {plural(learnMore.questions, "more new question", "more new questions")} today
        </button>
      ) : null}
      <p>
        <a href="/progress">See your progress and the next 30 days</a>
      </p>
    </section>
  );
}
