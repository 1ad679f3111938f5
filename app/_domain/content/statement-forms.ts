import type { Fact, Sentence } from "./types";
import { roleAsNoun } from "./wh-nouns";

// Short true statements of one fact, for the fact shapes news prose states in a fixed way:
// who said what ("…, according to X."), what a person is ("X, a former ambassador, …") and a
// count with where it stands ("about 1,500 soldiers stationed in Niger"). Each form returns
// null when the sentence does not have its shape; `statements.ts` tries them in turn.

/** A statement and where the fact's value sits in it, so a false variant can swap just that. */
export type Statement = { text: string; at: number; value: string };

/** Joins the words around the value into one sentence: capitalised, one full stop. */
export function statementOf(before: string, value: string, after: string): Statement {
  const head = before ? before.charAt(0).toUpperCase() + before.slice(1) : "";
  const lead = head ? value : value.charAt(0).toUpperCase() + value.slice(1);
  const body = `${head}${lead}${after.replace(/[\s,:;.]+$/, "")}`;
  const text = body.endsWith(".") ? body : `${body}.`;
  return { text, at: head.length, value: head ? value : text.slice(0, value.length) };
}

const adverbialStart =
  /^(In|After|Following|As|With|Before|During|Despite|Until|Since|Under|Amid|Meanwhile|However|Moreover|Additionally|Instead|On|At|By)\b[^,]*,\s+/;

/** The first clause of a reported statement, without an opening adverbial or trailing clauses. */
export function mainClause(text: string): string | null {
  const main = text.replace(adverbialStart, "").split(/,\s|;|—|\s\(/)[0] ?? "";
  if (/[“”"]/.test(main) || main.split(/\s+/).length < 5) return null;
  return /^(The|A|An)\b/.test(main) ? main.charAt(0).toLowerCase() + main.slice(1) : main;
}

/** "MAIN, according to X." → "X said that MAIN."; "MAIN, X reported." → "X reported that MAIN." */
export function sourceStatement(sentence: Sentence, fact: Fact): Statement | null {
  if (fact.kind !== "person" && fact.kind !== "organisation") return null;
  const head = sentence.text.slice(0, fact.start - sentence.start);
  const tail = sentence.text.slice(fact.end - sentence.start);
  const according = /^(.*?),\s+(?:according to|as reported by)\s+(?:the\s+)?$/.exec(head);
  const reported = /^(.*?),\s+(?:the\s+)?$/.exec(head);
  let main: string | null = null;
  let verb = /as reported by/.test(head) ? "reported" : "said";
  if (according && /^(,[^,]+)?\.$/.test(tail)) main = mainClause(according[1] ?? "");
  else if (reported && /^\s+(reported|said)( \w+)?\.$/.test(tail)) {
    main = mainClause(reported[1] ?? "");
    verb = /^\s+said/.test(tail) ? "said" : "reported";
  }
  if (!main) return null;
  const who = fact.kind === "organisation" && /^the\s/i.test(head.slice(-4)) ? "the " : "";
  return statementOf(who, fact.value, ` ${verb} that ${main}.`);
}

const roleShape = /^(?:(?:a|an|the)\s+)?\p{Ll}[\p{L}\s-]*$|^(?:a|an|the)\s+[\p{L}\s.-]+$/u;

function cleanRole(role: string): string | null {
  const words = role.trim().split(/\s+/);
  if (words.length < 2 || words.length > 9 || !roleShape.test(role.trim())) return null;
  return role.trim();
}

/** "X, a former ambassador to Mali," or "The US Ambassador to Niger, X," → "X is <role>." */
export function roleStatement(sentence: Sentence, fact: Fact): Statement | null {
  if (fact.kind !== "person") return null;
  const text = sentence.text;
  const after = /^,\s+([^,;“”"—]+?)(?:,|\.$)/.exec(text.slice(fact.valueEnd - sentence.start));
  const before = /(?:^|,\s+)((?:The|the)\s+[^,;“”"—]+?),\s+$/.exec(
    text.slice(0, fact.start - sentence.start),
  );
  const appositive = after?.[1] ?? before?.[1] ?? "";
  // "X, who …" and "X, and …" open a clause, not a description.
  if (/^(who|which|and|but|the\s+\w+\s+(said|told))\b/.test(appositive)) return null;
  let role = appositive ? cleanRole(appositive) : null;
  // A title before the name ("French President Emmanuel Macron"), not a description.
  if (!role && fact.role && /\s\p{Lu}\S*$/u.test(fact.role)) role = `the ${fact.role}`;
  const noun = role && roleAsNoun(role.replace(/^The\b/, "the"));
  if (!noun) return null;
  return statementOf("", fact.value, ` is ${noun}.`);
}

const stationedAfter =
  /^\s+(stationed|based|deployed|located|serving)\s+(in|at|near)\s+(?:the\s+|\p{Ll}+\s+)?(?:\p{Lu}[\p{L}’'.\d-]*\s?)+/u;

/** "about 1,500 soldiers stationed in Niger" → "About 1,500 soldiers were stationed in Niger." */
export function quantityStatement(sentence: Sentence, fact: Fact): Statement | null {
  if (fact.kind !== "quantity" || !fact.unit || fact.unit === "per cent") return null;
  const text = sentence.text;
  const valueEnd = fact.valueEnd - sentence.start;
  if (!text.startsWith(` ${fact.unit}`, valueEnd)) return null;
  const where = stationedAfter.exec(text.slice(valueEnd + 1 + fact.unit.length));
  if (!where) return null;
  const hedge = text.slice(fact.start - sentence.start, fact.valueStart - sentence.start);
  const owner = /(?:^|,\s)(\p{Lu}[\p{L} ]*?),\s+with\s+$/u.exec(
    text.slice(0, fact.start - sentence.start),
  );
  const rest = ` ${fact.unit} ${where[0].trim()}.`;
  // "France, with about 1,500 soldiers stationed …" is France's; otherwise the count stands alone.
  if (owner) return statementOf(`${owner[1]} had ${hedge.toLowerCase()}`, fact.value, rest);
  const lead = hedge.replace(/^totaling\s+/i, "");
  return statementOf(
    lead,
    fact.value,
    `${rest.replace(/ (stationed|based|deployed|located|serving) /, " were $1 ")}`,
  );
}
