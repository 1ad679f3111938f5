import { canonicalTokens } from "./normalise";

/**
 * The accepted variants worth showing beside the answer: one spelling of each other answer, the
 * first given. A variant that grading reads as the answer itself ("1100" for "1,100", "mohamed
 * bazoum") or as another variant already shown ("U.S." after "US") says nothing new.
 */
export function distinctVariants(answer: string, accepted: readonly string[]): string[] {
  const seen = new Set([canonicalTokens(answer).join(" ")]);
  return accepted.filter((variant) => {
    const key = canonicalTokens(variant).join(" ");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
