import { isSmallTypo } from "./edit-distance";
import { canonicalTokens } from "./normalise";
import { isNumericToken } from "./number-words";
import { compareNumber } from "./number-answer";

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

// Titles dropped before comparing names: "Gen. James Hecker" = "James Hecker".
const titles = new Set([
  "president",
  "general",
  "gen",
  "lieutenant",
  "lt",
  "colonel",
  "col",
  "major",
  "maj",
  "captain",
  "capt",
  "sergeant",
  "sgt",
  "admiral",
  "adm",
  "secretary",
  "sec",
  "minister",
  "prime",
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "sir",
]);

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
    if (reason === "not-a-number" || reason === "unit-mismatch") failure = reason;
  }
  return { correct: false, normalised, reason: failure };
}

function compareText(raw: string, response: string[], candidate: string): GradeReason {
  if (raw.trim() === candidate.trim()) return "exact";
  const expected = canonicalTokens(candidate);
  const responseForms = [response, withoutTitles(response, 1)];
  const expectedForms = [expected, withoutTitles(expected, 2)];
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

/** Drops leading titles if at least `keep` tokens remain (so "General Motors" keeps its name). */
function withoutTitles(tokens: string[], keep: number): string[] {
  let start = 0;
  while (start < tokens.length && titles.has(tokens[start]!)) start++;
  return tokens.length - start >= keep ? tokens.slice(start) : tokens;
}

function compareTokens(got: string[], want: string[]): GradeReason {
  if (got.join("") === want.join("")) return "normalised";
  const gotNumbers = got.filter(isNumericToken);
  const wantNumbers = want.filter(isNumericToken);
  if (gotNumbers.join(" ") !== wantNumbers.join(" ")) {
    return gotNumbers.length > 0 && wantNumbers.length > 0 ? "number-mismatch" : "different";
  }
  if (got.length !== want.length) return "different";
  const allClose = want.every(
    (word, index) => word === got[index] || isSmallTypo(word, got[index]!),
  );
  return allClose ? "typo" : "different";
}
