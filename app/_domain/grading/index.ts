// Public API of the grading domain: lenient in form, strict in substance.
export { damerauLevenshtein, isSmallTypo, typoAllowance } from "./edit-distance";
export * from "./grade-choice";
export * from "./grade-typed";
export { canonicalTokens, foldText } from "./normalise";
export { distinctVariants } from "./distinct-variants";
export { canonicalNumber, foldNumberWords } from "./number-words";
export * from "./grade-question";
