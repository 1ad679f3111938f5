// Shared shapes of the content pipeline. Offsets are UTF-16 indices into `Article.body`,
// so `body.slice(start, end)` is always the text they name.

export type Article = {
  id: string;
  file: string;
  title: string;
  byline: string | null;
  published: string | null;
  site: string | null;
  paragraphs: string[];
  body: string;
};

export type Sentence = { id: string; text: string; start: number; end: number };

export type FactKind =
  "person" | "place" | "organisation" | "quantity" | "date" | "quote" | "attribution";

export type PlaceKind = "country" | "city" | "region" | "facility";

export type Fact = {
  kind: FactKind;
  /** Exact text of the span, e.g. "approximately 1,100 U.S. soldiers". */
  text: string;
  /** The part a student would answer, e.g. "1,100" or "Mohamed Bazoum". */
  value: string;
  start: number;
  end: number;
  sentenceId: string;
  role?: string;
  placeKind?: PlaceKind;
  /** What the words around an organisation say it is ("news outlet" for "…, AFP reports"). */
  orgKind?: string;
  acronym?: string;
  fullName?: string;
  /** Written with "the" where it heads its phrase ("the Pentagon has"); unset when unclear. */
  definite?: boolean;
  hedge?: string;
  amount?: number;
  unit?: string;
  owner?: string;
  speaker?: string;
  /** For dates: "YYYY", "YYYY-MM" or "YYYY-MM-DD" when the year is stated; else the text. */
  iso?: string;
  /** Offsets of `value` inside the body (may be narrower than start/end). */
  valueStart: number;
  valueEnd: number;
};

export type QuestionType = "cloze" | "multiple_choice" | "true_false" | "short_answer" | "numeric";

export type Alteration = { kind: FactKind; original: string; replacement: string };

export type Question = {
  id: string;
  type: QuestionType;
  prompt: string;
  answer: string;
  accepted: string[];
  choices?: string[];
  articleId: string;
  sentenceId: string;
  siblingKey: string;
  factKind: FactKind | "sentence";
  source: { start: number; end: number; quote: string };
  answerSpan?: { start: number; end: number };
  difficulty: number;
  attribution?: string;
  alteration?: Alteration;
  numeric?: { value: number; unit: string | null };
};

export type Dropped = {
  articleId: string;
  sentenceId: string | null;
  type: QuestionType | null;
  reason: string;
  detail: string;
};

export type ConflictClaim = { articleId: string; sentenceId: string; value: string; quote: string };

export type Conflict = {
  id: string;
  topic: string;
  kind: "quantity" | "name";
  claims: ConflictClaim[];
};

export type SourceFile = { file: string; text: string };

/** A file that gave no article, and why. */
export type Skipped = { file: string; reason: string };
