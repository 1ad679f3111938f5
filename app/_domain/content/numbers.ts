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

const scales: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

/** "61.9 million" → [61.9, "million", 1 decimal]; "1.2" → [1.2, "", 1]; "1,100" → [1100, "", 0]. */
function shapeOf(original: string): { scale: string; decimals: number } {
  const m = /^([\d,]+)(?:\.(\d+))?(?:\s+(thousand|million|billion|trillion))?$/i.exec(original);
  return { scale: m?.[3]?.toLowerCase() ?? "", decimals: m?.[2]?.length ?? 0 };
}

/**
 * A wrong number written like the answer: "77.4 million" beside "61.9 million", "1.5" beside
 * "1.2". An option in another form ("77,400,000", "3") would mark the answer as the odd one.
 */
function formatLike(original: string, n: number): string {
  const { scale, decimals } = shapeOf(original);
  if (scale) return `${(n / (scales[scale] ?? 1)).toFixed(decimals)} ${scale}`;
  if (decimals > 0) return n.toFixed(decimals);
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
  const { scale, decimals } = shapeOf(original);
  // A decimal moves in its last decimal place, of its scale if it has one ("61.9 million").
  const step = decimals > 0 ? (scales[scale] ?? 1) / 10 ** decimals : stepOf(amount);
  const out: string[] = [];
  for (const f of factors) {
    const n =
      amount < 10 && decimals === 0
        ? Math.max(1, Math.round(amount + (f - 1) * 5))
        : Math.round((amount * f) / step) * step;
    const text = n > 0 ? formatLike(original, n) : original;
    if (text !== original) out.push(text);
  }
  return [...new Set(out)];
}

/**
 * What a hedge lets the true number be. "over 1,800" is a lower bound: "over 1,600" is true as
 * well. "fewer than 50" is an upper bound. "about 500" is a range around the figure.
 */
export type Bound = "exact" | "lower" | "upper" | "approximate";

const lowerBounds = new Set(["over", "more than", "just over", "at least"]);
const upperBounds = new Set([
  "less than",
  "fewer than",
  "under",
  "just under",
  "up to",
  "as many as",
]);

export function boundOf(hedge: string | undefined): Bound {
  if (!hedge || hedge === "totalling") return "exact";
  if (lowerBounds.has(hedge)) return "lower";
  if (upperBounds.has(hedge)) return "upper";
  return "approximate";
}

export function nearbyNumbers(
  original: string,
  amount: number,
  seed: string,
  free: (value: string) => boolean = () => true,
  count = 3,
  bound: Bound = "exact",
): string[] {
  // Within a tenth, "about 1,000" and "about 900" may both be true: a range's options keep clear.
  const nearest = bound === "approximate" ? [] : [0.9];
  const nearestAbove = bound === "approximate" ? [] : [1.1];
  const below = side(original, amount, [...nearest, 0.8, 0.7, 0.6, 0.5]).filter(free);
  const above = side(original, amount, [...nearestAbove, 1.25, 1.4, 1.5, 1.75]).filter(free);
  const want = Number.parseInt(stableId(seed, "position").slice(0, 4), 16) % (count + 1);
  const lower = Math.min(want, below.length);
  const picked = [...below.slice(0, lower), ...above.slice(0, count - lower)];
  for (const n of below.slice(lower)) if (picked.length < count) picked.push(n);
  return picked;
}
