import fs from "node:fs";
import { ingestArticle } from "../app/_domain/content/ingest";
import { segmentSentences } from "../app/_domain/content/sentences";
import { extractFacts } from "../app/_domain/content/facts";
import { findConflicts } from "../app/_domain/content/conflicts";
const parsed = fs
  .readdirSync("content/articles")
  .sort()
  .map((f) => {
    const article = ingestArticle({
      file: f,
      text: fs.readFileSync("content/articles/" + f, "utf8"),
    });
    const sentences = segmentSentences(article.id, article.body);
    return { article, sentences, facts: extractFacts(article.body, sentences) };
  });
for (const c of findConflicts(parsed)) {
  console.log(c.topic, c.kind);
  for (const cl of c.claims) console.log("   ", cl.articleId, cl.value);
}
const p2 = parsed[2]!;
const q = p2.facts.filter((f) => f.kind === "quantity").map((f) => [f.text, f.unit, f.amount]);
console.log(q, p2.article.title);
