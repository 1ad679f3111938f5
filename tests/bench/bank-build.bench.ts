// Benchmark: bank build throughput on synthetic corpora of 10, 100 and 1,000 articles.
// Run: npx tsx tests/bench/bank-build.bench.ts   (results go into BENCHMARKS.md)
// Articles are the seeds and fixtures with names and numbers varied deterministically, so every
// copy is a distinct article (its own id, and its own facts where a sentence holds a varied name or
// number) rather than a cached repeat. Sentences with neither repeat across copies word for word;
// since 2026-11-29 the bank asks such a sentence once (the first article in file order), so the
// question count stops growing with the corpus while every sentence is still drafted and gated.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { buildBank, serializeBank } from "../../app/_domain/content";

const root = path.resolve(import.meta.dirname, "../..");
const sources = ["content/articles", "tests/fixtures/articles"].flatMap((dir) =>
  readdirSync(path.join(root, dir))
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()
    .map((file) => ({ file, text: readFileSync(path.join(root, dir, file), "utf8") })),
);

const surnames = [
  "Okafor",
  "Lindqvist",
  "Moreau",
  "Tanaka",
  "Haddad",
  "Kowalski",
  "Mensah",
  "Silva",
];

/** The n-th variant of a source: numbers shifted and one surname swapped, by n alone. */
function variant(n: number): { file: string; text: string } {
  const source = sources[n % sources.length]!;
  const shift = 1 + (n % 7);
  const text = source.text
    .replace(/\b(\d{1,3}),(\d{3})\b/g, (_, a: string, b: string) => `${Number(a) + shift},${b}`)
    .replace(
      /\b(Hecker|Singh|Normand|FitzGibbon|Jansen|Adam|Sarma|Boric)\b/g,
      surnames[n % surnames.length]!,
    );
  const ext = path.extname(source.file);
  return { file: `${String(n).padStart(5, "0")}-${path.basename(source.file, ext)}${ext}`, text };
}

function run(size: number): void {
  const files = Array.from({ length: size }, (_, i) => variant(i));
  // A timer cannot sample inside a synchronous build, so peak RSS comes from the kernel's
  // high-water mark (the process peak so far; sizes run smallest first) and heap from the end.
  const started = performance.now();
  const { bank } = buildBank(files);
  const json = serializeBank(bank);
  const seconds = (performance.now() - started) / 1000;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const peakHeap = process.memoryUsage().heapUsed;
  const mb = (b: number) => (b / 1024 / 1024).toFixed(0);
  console.log(
    `${String(size).padStart(5)} articles  ${seconds.toFixed(2).padStart(6)} s  ` +
      `${(size / seconds).toFixed(0).padStart(5)} articles/s  ${bank.questions.length} questions  ` +
      `${(json.length / 1024).toFixed(0)} KiB  peak rss ${mb(peakRss)} MiB  heap after ${mb(peakHeap)} MiB`,
  );
}

// Warm the JIT on the unmodified sources (not on the variants measured below) so the 10-article
// row measures throughput rather than start-up; a cold 10-article build is reported separately.
const coldStart = performance.now();
buildBank(sources.map((s, i) => ({ ...s, file: `warm-${i}-${s.file}` })));
console.log(
  `cold build of ${sources.length} sources: ${(performance.now() - coldStart).toFixed(0)} ms`,
);
for (const size of [10, 100, 1000]) run(size);
