import { hasArticleBefore, headsPhrase } from "./articles";
import { clauseAt, type Clause } from "./clauses";
import {
  quantityStatement,
  roleStatement,
  sourceStatement,
  statementOf,
  type Statement,
} from "./statement-forms";
import { wordCount } from "./text";
import { crossesClause, restOfClause } from "./wh-questions";
import type { Fact, Sentence } from "./types";

// A true statement states one fact of its sentence in a short form of its own. Repeating the
// whole sentence let a student answer by recognising it (review of 20 questions: 5 of the 6
// weak ones were verbatim true statements), so a sentence with no short form gets no true item.

export type { Statement } from "./statement-forms";

/** At most this many words, and at most this share of the sentence's words. */
const MAX_WORDS = 16;
/** Fewer words than this say too little to be worth asking ("The Pentagon is exploring …"). */
const MIN_WORDS = 6;
const MAX_SHARE = 0.75;

const determiner = /^(the|a|an|some|many|most|both|all|about|over|nearly|approximately|roughly)$/;
const clauseWord = /\b(that|as|which|who|whom|where|when|while|according|with|totaling|like)\b/;
const keptAdverb = /^(not|never)$/;
/** A fact's span ends a phrase when a boundary or a new adjunct follows it, not "’s capital". */
const phraseEnd =
  /^(?:[,.;:—)]|$|\s+(?:in|on|at|for|from|to|with|since|after|before|last|this|over|near|until|by|during|following|amid)\b)/;

function cleanSubject(subject: string): boolean {
  const first = subject.split(" ")[0] ?? "";
  if (!/^\p{Lu}/u.test(first) && !determiner.test(first)) return false;
  if (/^(However|Moreover|Meanwhile|Instead|Additionally)$/.test(first)) return false;
  return !clauseWord.test(subject) && !/\b\p{Ll}+ly$|\b(also|still|now)$/u.test(subject);
}

/** The main clause of the sentence with a clean subject that starts right at `from`. */
function mainClauseAt(text: string, from: number): Clause | null {
  const clause = clauseAt(text, from, text.length);
  if (!clause || !cleanSubject(clause.subject)) return null;
  const opening = text.slice(from);
  if (!opening.startsWith(clause.subject)) return null;
  // Between subject and verb only the verb group and an appositive (", a former ambassador,"):
  // "KLM, the carrier, said it would appeal" must not make "KLM" the subject of "would appeal".
  const between = text
    .slice(from + clause.subject.length, clause.after)
    .replace(/^,\s+(?:a|an|the)\s[^,]+,/, "");
  const words = between.trim().split(/\s+/);
  // A reduced relative ("troops stationed in …") has no auxiliary in the text; it is only a
  // clause for placement verbs.
  const invented = clause.aux !== null && words[0] !== clause.aux;
  const expected = (clause.aux && !invented ? 1 : 0) + wordCount(clause.adverbs) + 1;
  if (/[,;—“”"]/.test(between) || words.length !== expected) return null;
  if (invented && !/^(stationed|based|deployed|located|positioned|posted)$/.test(clause.verb))
    return null;
  return clause;
}

function findClause(text: string, factAt: number): { clause: Clause; from: number } | null {
  const starts = [
    0,
    ...[...text.slice(0, factAt).matchAll(/,\s+/g)].map((m) => m.index + m[0].length),
  ];
  for (const from of starts) {
    const clause = mainClauseAt(text, from);
    if (clause) return { clause, from };
  }
  return null;
}

function verbGroup(clause: Clause): string {
  const adverbs = clause.adverbs.split(" ").filter((a) => keptAdverb.test(a));
  return [clause.aux, ...adverbs, clause.verb].filter(Boolean).join(" ");
}

/** Subject + verb group + the words up to the fact (or the clause, when the fact is its subject). */
export function clauseStatement(sentence: Sentence, fact: Fact): Statement | null {
  const text = sentence.text;
  const start = fact.start - sentence.start;
  const valueAt = fact.valueStart - sentence.start;
  const valueEnd = valueAt + fact.value.length;
  const unit = fact.kind === "quantity" && fact.unit ? ` ${fact.unit}` : "";
  if (unit && !text.startsWith(unit, valueEnd)) return null;
  const end = valueEnd + unit.length;
  const found = findClause(text, start);
  if (!found) return null;
  const { clause, from } = found;
  const subjectEnd = from + clause.subject.length;
  const verbs = verbGroup(clause);
  if (start >= from && end <= subjectEnd) {
    const rest = restOfClause(text, clause.after);
    return statementOf(
      text.slice(from, valueAt),
      fact.value,
      `${text.slice(valueEnd, subjectEnd)} ${verbs}${rest}`,
    );
  }
  if (start < clause.after) return null;
  const middle = text.slice(clause.after, start).replace(/,\s+(?:the|a|an)\s[^,]+,/g, "");
  if (crossesClause(middle) || !phraseEnd.test(text.slice(end))) return null;
  // "ordered all 1,000 troops to withdraw", "viewed Niger as a partner": the verb needs the rest.
  const needsRest = /^\s+(to\s+\p{Ll}+|as)\b/u.test(text.slice(end));
  const tail = needsRest ? restOfClause(text, end) : "";
  const lead = `${clause.subject} ${verbs}${middle}${text.slice(start, valueAt)}`;
  return statementOf(lead, fact.value, `${text.slice(valueEnd, end)}${tail}`);
}

/** Short enough to be its own statement, and not a copy of the sentence. */
function shortEnough(statement: Statement, sentence: Sentence): boolean {
  const words = wordCount(statement.text);
  if (words < MIN_WORDS || words > MAX_WORDS) return false;
  return words <= wordCount(sentence.text) * MAX_SHARE;
}

/** The short true statement of one fact, or null when no form fits the sentence. */
export function shortStatement(sentence: Sentence, fact: Fact): Statement | null {
  const forms = [sourceStatement, roleStatement, quantityStatement, clauseStatement];
  for (const form of forms) {
    const statement = form(sentence, fact);
    if (statement && shortEnough(statement, sentence)) return statement;
  }
  return null;
}

/**
 * The same statement with the fact's value replaced: a false statement of the same shape. Where
 * the value heads its phrase, the article follows the name put in ("Both the United States and
 * Mali …" for "Both Burkina Faso and Mali …"; "France is …" for "The United States is …").
 */
export function swapped(
  statement: Statement,
  replacement: string,
  takesThe: (name: string) => boolean = () => false,
): string {
  const { text, at, value } = statement;
  const after = text.slice(at + value.length);
  let before = text.slice(0, at);
  if (headsPhrase(after) === true) {
    if (hasArticleBefore(before)) before = before.replace(/[Tt]he\s+$/, "");
    if (takesThe(replacement)) before += before === "" ? "The " : "the ";
  }
  const name =
    before === "" ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
  // "… deal with the U.S." ends on the name's own full stop; the swapped name may have none.
  return `${before}${name}${after}`.replace(/\.*$/, ".");
}
