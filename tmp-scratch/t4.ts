import fs from "node:fs";
import { ingestArticle } from "../app/_domain/content/ingest";
import { segmentSentences } from "../app/_domain/content/sentences";
for (const f of fs.readdirSync("content/articles").sort()) {
  const a = ingestArticle({ file: f, text: fs.readFileSync("content/articles/" + f, "utf8") });
  const ss = segmentSentences(a.id, a.body);
  console.log("=====", a.id, ss.length);
  for (const s of ss) {
    if (a.body.slice(s.start, s.end) !== s.text) throw new Error("span");
    console.log(" -", s.text);
  }
}
