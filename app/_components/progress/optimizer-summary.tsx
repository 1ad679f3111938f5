import { formatDateTime } from "../format-date-time";
import type { FsrsFit } from "@/app/_server/data/optimizer/get-fsrs-fit";
import { plural } from "../plural";

// The optimizer's result: how well the default and the student's fitted FSRS parameters predict
// the student's own recalls. Log loss and RMSE(bins) are shown together because RMSE(bins) alone
// can be gamed; lower is better for both.
const metric = (value: number) => value.toFixed(4);

export function OptimizerSummary({ fit, timeZone }: { fit: FsrsFit; timeZone: string }) {
  if (fit.status === "waiting") return <OptimizerWaiting fit={fit} />;
  return (
    <>
      <p>
        Fitted to your <strong>{fit.reviewCount}</strong> reviews of {fit.cardCount} cards on{" "}
        {formatDateTime(fit.fittedAt, timeZone)}.{" "}
        {fit.inUse
          ? "Your own parameters predict your answers better, so they now schedule your reviews."
          : "They did not predict your answers better than the defaults, so the defaults stay in use."}
      </p>
      <table>
        <caption>How well each parameter set predicts your recalls (lower is better)</caption>
        <thead>
          <tr>
            <th scope="col">Parameters</th>
            <th scope="col">Log loss</th>
            <th scope="col">RMSE (bins)</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Default</th>
            <td>{metric(fit.default.logLoss)}</td>
            <td>{metric(fit.default.rmseBins)}</td>
          </tr>
          <tr>
            <th scope="row">Fitted to you</th>
            <td>{metric(fit.fitted.logLoss)}</td>
            <td>{metric(fit.fitted.rmseBins)}</td>
          </tr>
        </tbody>
      </table>
    </>
  );
}

function OptimizerWaiting({ fit }: { fit: Extract<FsrsFit, { status: "waiting" }> }) {
  const { reviewsNeeded, cardsNeeded, ready } = fit.readiness;
  if (ready) {
    return <p>You have enough reviews: your parameters will be fitted in the background soon.</p>;
  }
  const needs = [
    reviewsNeeded > 0 ? plural(reviewsNeeded, "more review", "more reviews") : null,
    cardsNeeded > 0 ? plural(cardsNeeded, "more card", "more cards") : null,
  ].filter(Boolean);
  return (
    <p>
      Citecards schedules with the default FSRS parameters until it can fit your own. You have{" "}
      {plural(fit.reviews, "review", "reviews")} of {plural(fit.cards, "card", "cards")}; it needs{" "}
      <strong>{needs.join(" and ")}</strong>.
    </p>
  );
}
