import { stableId } from "./hash";

// Wrong numbers near the true one, rounded to the precision the source used ("1,100" moves in
// hundreds, "570" in tens). Where the answer sits among the options is drawn from the fact's
// hash: always offering two smaller and one larger number would give the answer away.

const numberWords = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
];

function formatLike(original: string, n: number): string {
  if (/^[a-z]+$/i.test(original) && n < numberWords.length) return numberWords[n] ?? String(n);
  // A regex instead of toLocaleString: ICU formatting was a visible cost in profiles.
  return original.includes(",") || n >= 1000
    ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",")
    : String(n);
}

function stepOf(amount: number): number {
  const digits = String(Math.round(amount));
  const zeros = /0*$/.exec(digits)?.[0].length ?? 0;
  return Math.max(1, 10 ** Math.min(zeros, Math.max(0, digits.length - 2)));
}

/** Candidates on one side of the answer, nearest first. */
function side(original: string, amount: number, factors: number[]): string[] {
  const step = stepOf(amount);
  const out: string[] = [];
  for (const f of factors) {
    const n =
      amount < 10
        ? Math.max(1, Math.round(amount + (f - 1) * 5))
        : Math.round((amount * f) / step) * step;
    if (n > 0 && n !== amount) out.push(formatLike(original, n));
  }
  return [...new Set(out)];
}

export function nearbyNumbers(
  original: string,
  amount: number,
  seed: string,
  free: (value: string) => boolean = () => true,
  count = 3,
): string[] {
  const below = side(original, amount, [0.9, 0.8, 0.7, 0.6, 0.5]).filter(free);
  const above = side(original, amount, [1.1, 1.25, 1.4, 1.5, 1.75]).filter(free);
  const want = Number.parseInt(stableId(seed, "position").slice(0, 4), 16) % (count + 1);
  const lower = Math.min(want, below.length);
  const picked = [...below.slice(0, lower), ...above.slice(0, count - lower)];
  for (const n of below.slice(lower)) if (picked.length < count) picked.push(n);
  return picked;
}
