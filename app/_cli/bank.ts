// `npx tsx app/_cli/bank.ts build <dir> --out <file.json> [--explain]`
// Reads every .txt and .md article in <dir>, writes the question bank, and with --explain lists
// every dropped candidate with its reason. Exit codes: 0 ok, 1 build failed, 2 bad usage.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildBank, decodeText, serializeBank } from "../_domain/content";

const usage = "usage: bank build <dir> --out <file.json> [--explain]";

type Args = { dir: string; out: string; explain: boolean };

function fail(message: string): never {
  process.stderr.write(`bank: ${message}\n${usage}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): Args {
  const [command, dir, ...rest] = argv;
  if (command !== "build") fail(command ? `unknown command "${command}"` : "missing command");
  if (!dir || dir.startsWith("--")) fail("missing <dir>");
  let out: string | undefined;
  let explain = false;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === "--out") out = rest[++i];
    else if (rest[i] === "--explain") explain = true;
    else fail(`unknown option "${rest[i]}"`);
  }
  if (!out) fail("missing --out <file.json>");
  if (!existsSync(dir) || !statSync(dir).isDirectory()) fail(`not a directory: ${dir}`);
  return { dir, out, explain };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const names = readdirSync(args.dir)
    .filter((f) => /\.(txt|md)$/i.test(f))
    .sort();
  if (names.length === 0) fail(`no .txt or .md files in ${args.dir}`);
  const tty = process.stderr.isTTY;
  const files = names.map((file, i) => {
    if (tty && names.length > 20) process.stderr.write(`\rreading ${i + 1}/${names.length}`);
    return { file, text: decodeText(readFileSync(path.join(args.dir, file))) };
  });
  if (tty) process.stderr.write(`\rbuilding bank from ${files.length} articles…\n`);
  const started = performance.now();
  const { bank, dropped, skipped } = buildBank(files);
  writeFileSync(args.out, serializeBank(bank));
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  process.stderr.write(
    `wrote ${args.out}: ${bank.articles.length} articles, ${bank.questions.length} questions, ` +
      `${bank.conflicts.length} conflicts, ${dropped.length} dropped (${seconds}s)\n`,
  );
  for (const s of skipped) process.stderr.write(`skipped ${s.file}: ${s.reason}\n`);
  if (args.explain) {
    for (const d of dropped) {
      process.stdout.write(
        `${d.articleId}\t${d.sentenceId ?? "-"}\t${d.type ?? "-"}\t${d.reason}\t${d.detail}\n`,
      );
    }
  }
}

// `bank build … --explain | head` closes the pipe early; that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

try {
  main();
} catch (error) {
  process.stderr.write(`bank: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
