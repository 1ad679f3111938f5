import fs from "node:fs";
import { buildBank } from "../app/_domain/content";
const files = fs
  .readdirSync("content/articles")
  .sort()
  .map((f) => ({ file: f, text: fs.readFileSync("content/articles/" + f, "utf8") }));
const t0 = performance.now();
const { bank, dropped } = buildBank(files);
console.log("ms", performance.now() - t0, bank.questions.length, dropped.length);
for (const q of bank.questions)
  console.log(
    `[${q.articleId.slice(0, 3)} ${q.type} ${q.difficulty}] ${q.prompt}\n      => ${q.answer} ${q.choices ? JSON.stringify(q.choices) : ""} ${q.accepted.join("|")}`,
  );
const reasons: Record<string, number> = {};
for (const d of dropped) {
  const r = d.reason.replace(/".*?"/g, "X");
  reasons[r] = (reasons[r] ?? 0) + 1;
}
console.log(reasons);
