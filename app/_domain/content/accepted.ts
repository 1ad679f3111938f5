import { demonyms } from "./lexicon";
import type { Fact } from "./types";

// Answers a student may type for a fact: the form in the sentence plus common equivalents.
// Grading (app/_domain/grading) normalises case, spacing and typos on top of these.

const numberWords: Record<string, string> = {
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
  ten: "10",
};

export function acceptedAnswers(fact: Fact): string[] {
  const out = [fact.value];
  if (fact.kind === "person") {
    const full = fact.fullName ?? fact.value;
    out.push(full, full.split(" ").pop() ?? full);
    if (fact.role && /^\p{Lu}/u.test(fact.role)) out.push(`${fact.role} ${full}`);
  }
  if (fact.kind === "organisation") {
    if (fact.fullName) out.push(fact.fullName);
    if (fact.acronym) out.push(fact.acronym);
    out.push(`the ${fact.value}`);
  }
  if (fact.kind === "place") {
    const country = demonyms[fact.value];
    if (country)
      out.push(
        country,
        ...Object.keys(demonyms).filter(
          (k) => demonyms[k] === country && /^\p{Lu}[\p{Lu}.]+$/u.test(k),
        ),
      );
    const bare = fact.value.replace(/^(U\.S\.|US)\s+/, "");
    out.push(bare);
  }
  if (fact.kind === "quantity") {
    out.push(fact.value.replace(/,/g, ""), String(fact.amount ?? ""));
    const word = numberWords[fact.value.toLowerCase()];
    if (word) out.push(word);
  }
  if (fact.kind === "date" && fact.iso) out.push(fact.iso);
  return [...new Set(out.filter(Boolean))];
}
