import fs from "node:fs";
import { ingestArticle } from "../app/_domain/content/ingest";
for (const f of fs.readdirSync("content/articles").sort()) {
  const a = ingestArticle({ file: f, text: fs.readFileSync("content/articles/" + f, "utf8") });
  console.log("=====", a.id, "|", a.title, "|", a.published, "|", a.byline, "|", a.site);
  a.paragraphs.forEach((p, i) => console.log(i, p.slice(0, 110)));
}
