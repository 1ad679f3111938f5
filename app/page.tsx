import Link from "next/link";
import { redirect } from "next/navigation";
import { currentUser, homePathFor } from "./_server/current-user";

export default async function LandingPage() {
  const user = await currentUser();
  if (user) redirect(homePathFor(user.role));
  return (
    <>
      <h1>Learn from the source</h1>
      <p>
        Citecards turns articles into quizzes and flashcards, schedules your reviews with spaced
        repetition, and shows the exact sentence every answer comes from.
      </p>
      <div className="actions">
        <Link className="button-link" href="/signin">
          Sign in
        </Link>
        <Link className="button-link" href="/signup">
          Create an account
        </Link>
      </div>
    </>
  );
}
