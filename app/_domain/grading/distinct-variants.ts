import { canonicalTokens } from "./normalise";

/**
 * The accepted variants worth showing beside the answer: one spelling of each other answer, the
 * first given. A variant that grading reads as the answer itself ("1100" for "1,100", "mohamed
 * bazoum") or as another variant already shown ("U.S." after "US") says nothing new; nor does
 * the answer with words around it ("over 1,800 rebel attacks" for "1,800", accepted so that a
 * student may answer in the question's own words).
 */
export function distinctVariants(answer: string, accepted: readonly string[]): string[] {
  const answerTokens = canonicalTokens(answer);
  const seen = new Set([answerTokens.join(" ")]);
  return accepted.filter((variant) => {
    const tokens = canonicalTokens(variant);
    const key = tokens.join(" ");
    if (seen.has(key) || answerTokens.every((token) => tokens.includes(token))) return false;
    seen.add(key);
    return true;
  });
}
