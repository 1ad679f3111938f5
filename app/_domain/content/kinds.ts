import { roleNouns } from "./lexicon";

// The sub-kind of a name that a multiple-choice question must keep across its options. A
// student who reads "Which president …" strikes out every option that is not a president; the
// options are only a test of memory when all of them fit the question.

/** Role words grouped by what they say about a person; a word not listed is its own class. */
const roleClasses = new Map<string, string>(
  Object.entries({
    president: "head of state",
    premier: "head of state",
    chancellor: "head of state",
    king: "head of state",
    queen: "head of state",
    emir: "head of state",
    sultan: "head of state",
    minister: "minister",
    secretary: "minister",
    general: "military officer",
    commander: "military officer",
    officer: "military officer",
    colonel: "military officer",
    admiral: "military officer",
    lieutenant: "military officer",
    captain: "military officer",
    sergeant: "military officer",
    brigadier: "military officer",
    marshal: "military officer",
    judge: "judge",
    justice: "judge",
    senator: "lawmaker",
    representative: "lawmaker",
    bishop: "cleric",
    archbishop: "cleric",
    pope: "cleric",
    ambassador: "diplomat",
    envoy: "diplomat",
    diplomat: "diplomat",
    spokesman: "spokesperson",
    spokeswoman: "spokesperson",
    spokesperson: "spokesperson",
    analyst: "expert",
    professor: "expert",
    researcher: "expert",
    correspondent: "journalist",
    reporter: "journalist",
    editor: "journalist",
    adviser: "adviser",
    advisor: "adviser",
  }),
);

/** "Deputy Pentagon Press Secretary" → "secretary": the noun that says what kind of role. */
function roleNoun(role: string | undefined): string | null {
  const words = (role ?? "").toLowerCase().split(/\s+/);
  return words.filter((w) => roleNouns.has(w)).pop() ?? null;
}

/** "Deputy Pentagon Press Secretary" → "spokesperson"; "French ambassador" → "diplomat". */
export function roleClass(role: string | undefined): string | null {
  const lower = (role ?? "").toLowerCase();
  // A press secretary speaks for a department; a secretary of state runs one.
  if (/\bpress secretary\b/.test(lower)) return "spokesperson";
  if (/\bprime minister\b/.test(lower)) return "head of state";
  // The first role word heads the phrase: "president" in "president who met the ambassador".
  const first = lower.split(/[\s,]+/).find((w) => roleClasses.has(w));
  if (first) return roleClasses.get(first) ?? null;
  const noun = roleNoun(role);
  return noun ? (roleClasses.get(noun) ?? noun) : null;
}

/**
 * The role a question names for its answer ("Which Western-backed president was …"): read from
 * the prompt, because only what the student reads lets them rule options out. "Who said …"
 * names none, and any person is then a fair option.
 */
export function promptRoleClass(prompt: string): string | null {
  const phrase = /\bwhich\s+((?:[\p{L}’'-]+\s+){0,4}[\p{L}’'-]+)/iu.exec(prompt)?.[1];
  return phrase ? roleClass(phrase) : null;
}

/** Head nouns of organisation names, by kind; the last one in the name decides. */
const organisationNouns = new Map<string, string>(
  Object.entries({
    News: "news outlet",
    Times: "news outlet",
    Post: "news outlet",
    Journal: "news outlet",
    Press: "news outlet",
    Reuters: "news outlet",
    Department: "government body",
    Ministry: "government body",
    Pentagon: "government body",
    administration: "government body",
    government: "government body",
    Cabinet: "government body",
    Secretariat: "government body",
    Army: "armed force",
    Navy: "armed force",
    Forces: "armed force",
    Force: "armed force",
    Guard: "armed force",
    Command: "armed force",
    Group: "armed group",
    Front: "armed group",
    Movement: "armed group",
    Union: "bloc",
    Community: "bloc",
    Alliance: "bloc",
    Coalition: "bloc",
    Federation: "bloc",
    Association: "association",
    Society: "association",
    Foundation: "association",
    Institute: "association",
    Company: "company",
    Corporation: "company",
    Corp: "company",
    Inc: "company",
    Ltd: "company",
  }),
);

/** "Defence Department" → "government body"; null when the name alone does not say. */
export function organisationKind(name: string): string | null {
  const kinds = name.split(/\s+/).flatMap((w) => organisationNouns.get(w) ?? []);
  return kinds.pop() ?? null;
}
