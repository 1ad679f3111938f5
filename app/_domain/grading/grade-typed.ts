import { isSmallTypo } from "./edit-distance";
import { canonicalTokens } from "./normalise";
import { isNumericToken } from "./number-words";
import { compareNumber } from "./number-answer";
import { withFullTitles, withoutTitles } from "./titles";

export type TypedAnswerKind = "text" | "number";

export type GradeTypedInput = {
  response: string;
  answer: string;
  /** Other spellings accepted as correct ("Bazoum" for "Mohamed Bazoum"). */
  accepted?: readonly string[];
  /** Known wrong answers (e.g. the distractors): never accepted, not even as a typo. */
  rejected?: readonly string[];
  kind: TypedAnswerKind;
};

export type GradeReason =
  | "exact"
  | "normalised"
  | "typo"
  | "numeric"
  | "empty"
  | "rejected-answer"
  | "number-mismatch"
  | "unit-mismatch"
  | "qualifier-mismatch"
  | "not-a-number"
  | "different";

export type TypedGrade = {
  correct: boolean;
  /** The response as compared, canonical tokens joined by spaces. */
  normalised: string;
  /** The expected answer or accepted variant the response matched. */
  matched?: string;
  reason: GradeReason;
};

/** Grades a typed answer leniently in form and strictly in substance. */
export function gradeTypedAnswer(input: GradeTypedInput): TypedGrade {
  const response = canonicalTokens(input.response);
  const normalised = response.join(" ");
  if (response.length === 0) return { correct: false, normalised, reason: "empty" };
  const rejected = (input.rejected ?? []).map((text) => canonicalTokens(text).join(" "));
  if (rejected.includes(normalised))
    return { correct: false, normalised, reason: "rejected-answer" };
  const candidates = [input.answer, ...(input.accepted ?? [])];
  if (input.kind === "number") return gradeNumber(response, normalised, candidates);
  let best: TypedGrade = { correct: false, normalised, reason: "different" };
  for (const candidate of candidates) {
    const reason = compareText(input.response, response, candidate);
    if (reason === "exact" || reason === "normalised" || reason === "typo") {
      if (reason !== "typo") return { correct: true, normalised, matched: candidate, reason };
      if (!best.correct) best = { correct: true, normalised, matched: candidate, reason };
    } else if (reason === "number-mismatch" && !best.correct) {
      best = { correct: false, normalised, reason };
    }
  }
  return best;
}

function gradeNumber(response: string[], normalised: string, candidates: string[]): TypedGrade {
  let failure: GradeReason = "number-mismatch";
  for (const candidate of candidates) {
    const reason = compareNumber(response, canonicalTokens(candidate));
    if (reason === "numeric") return { correct: true, normalised, matched: candidate, reason };
    if (reason !== "number-mismatch") failure = reason;
  }
  return { correct: false, normalised, reason: failure };
}

function compareText(raw: string, response: string[], candidate: string): GradeReason {
  if (raw.trim() === candidate.trim()) return "exact";
  const expected = canonicalTokens(candidate);
  const responseForms = [withFullTitles(response), withoutTitles(response)];
  const expectedForms = [withFullTitles(expected), withoutTitles(expected)];
  let reason: GradeReason = "different";
  for (const got of responseForms) {
    for (const want of expectedForms) {
      const result = compareTokens(got, want);
      if (result === "normalised") return result;
      if (result === "typo" || (result === "number-mismatch" && reason === "different")) {
        reason = result;
      }
    }
  }
  return reason;
}

function compareTokens(got: readonly string[], want: readonly string[]): GradeReason {
  // Numbers first, one by one: joined, "110 0" would read as "1100".
  const gotNumbers = got.filter(isNumericToken);
  const wantNumbers = want.filter(isNumericToken);
  if (gotNumbers.join(" ") !== wantNumbers.join(" ")) {
    return gotNumbers.length > 0 && wantNumbers.length > 0 ? "number-mismatch" : "different";
  }
  // Words may run together: "Airbase 101" = "Air Base 101".
  if (got.join("") === want.join("")) return "normalised";
  if (got.length !== want.length) return "different";
  const allClose = want.every(
    (word, index) => word === got[index] || isSmallTypo(word, got[index]!),
  );
  return allClose ? "typo" : "different";
}
