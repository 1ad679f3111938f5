import type { TomorrowPreview } from "./study-types";
import { tomorrowLine } from "./tomorrow-line";
import { plural } from "../plural";

type Props = { answered: number; tomorrow: TomorrowPreview | null };

// The finished-for-today screen: what this session did and what the next study day holds, so a
// student knows whether to come back tomorrow and for how much.
export function DoneView({ answered, tomorrow }: Props) {
  return (
    <section className="study-card" aria-labelledby="done-heading">
      <h2 id="done-heading">Done for today</h2>
      <p>
        {answered > 0
          ? `You answered ${plural(answered, "question", "questions")} in this session.`
          : "Nothing is due right now."}
      </p>
      {tomorrow ? <p>{tomorrowLine(tomorrow)}</p> : null}
      <p>
        <a href="/progress">See your progress and the next 30 days</a>
      </p>
    </section>
  );
}
