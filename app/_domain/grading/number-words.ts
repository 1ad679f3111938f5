// Folds runs of English number words ("one thousand one hundred", "1.1 thousand", "eleven
// hundred", "a hundred and five") into one canonical numeric token, so every spelling of a value
// compares equal and any other value compares unequal.

const units: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const tens: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const scales: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

type Kind = "none" | "digit" | "unit" | "tens" | "hundred" | "scale";

type Run = {
  total: number;
  current: number;
  last: Kind;
  lastScale: number;
  length: number;
  sign: number;
};

const numericPattern = /^-?\d+(\.\d+)?$/;

export function isNumericToken(token: string): boolean {
  return numericPattern.test(token);
}

/** Canonical text of a number: no separators, no trailing zeros, no float noise. */
export function canonicalNumber(value: number): string {
  return String(Number(value.toPrecision(12)));
}

function kindOf(token: string): Kind {
  if (isNumericToken(token)) return "digit";
  // Own keys only: "constructor" is not a number word.
  if (Object.hasOwn(units, token)) return "unit";
  if (Object.hasOwn(tens, token)) return "tens";
  if (token === "hundred") return "hundred";
  if (Object.hasOwn(scales, token)) return "scale";
  return "none";
}

/** The size of a word or digits; a sign is kept apart, on the run (see step). */
function valueOf(token: string): number {
  if (isNumericToken(token)) return Math.abs(Number(token));
  if (Object.hasOwn(units, token)) return units[token]!;
  return Object.hasOwn(tens, token) ? tens[token]! : 0;
}

/** Whether `token` can continue the number run so far (next is the token after it). */
function continuesRun(run: Run, token: string, next: string | undefined): boolean {
  const kind = kindOf(token);
  const { last } = run;
  if (token === "and") {
    return (
      (last === "hundred" || last === "scale") && ["unit", "tens"].includes(kindOf(next ?? ""))
    );
  }
  if (token === "a") return last === "none" && ["hundred", "scale"].includes(kindOf(next ?? ""));
  switch (kind) {
    case "digit":
      return last === "none";
    case "unit":
      return (
        ["none", "hundred", "scale"].includes(last) || (last === "tens" && valueOf(token) < 10)
      );
    case "tens":
      return ["none", "hundred", "scale"].includes(last);
    case "hundred":
      return ["unit", "tens", "digit"].includes(last) && run.current < 100;
    case "scale":
      return ["unit", "tens", "hundred", "digit"].includes(last) && scales[token]! < run.lastScale;
    default:
      return false;
  }
}

function step(run: Run, token: string): void {
  run.length++;
  if (token === "and") return;
  if (token === "a") {
    run.current = 1;
    run.last = "unit";
    return;
  }
  const kind = kindOf(token);
  // "-1.1 thousand" is -1,100, not -1,000 + 100.
  if (token.startsWith("-")) run.sign = -1;
  if (kind === "hundred") run.current *= 100;
  else if (kind === "scale") {
    run.total += run.current * scales[token]!;
    run.current = 0;
    run.lastScale = scales[token]!;
  } else run.current += valueOf(token);
  run.last = kind;
}

/** Replaces each maximal run of number words and digits with its value. */
export function foldNumberWords(tokens: readonly string[]): string[] {
  const out: string[] = [];
  let index = 0;
  while (index < tokens.length) {
    const run: Run = {
      total: 0,
      current: 0,
      last: "none",
      lastScale: Infinity,
      length: 0,
      sign: 1,
    };
    while (index + run.length < tokens.length) {
      const token = tokens[index + run.length]!;
      if (!continuesRun(run, token, tokens[index + run.length + 1])) break;
      step(run, token);
    }
    if (run.length === 0 || run.last === "none") {
      out.push(tokens[index]!);
      index++;
      continue;
    }
    out.push(canonicalNumber(run.sign * (run.total + run.current)));
    index += run.length;
  }
  return out;
}

/** "minus" before a number is its sign: "minus three" = "-3". */
export function foldSigns(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    const previous = out[out.length - 1];
    if (previous === "minus" && isNumericToken(token) && !token.startsWith("-")) {
      out[out.length - 1] = canonicalNumber(-Number(token));
    } else out.push(token);
  }
  return out;
}
