import fs from "node:fs";
import { ingestArticle } from "../app/_domain/content/ingest";
import { segmentSentences } from "../app/_domain/content/sentences";
import { extractFacts } from "../app/_domain/content/facts";
for (const f of fs.readdirSync("content/articles").sort()) {
  const a = ingestArticle({ file: f, text: fs.readFileSync("content/articles/" + f, "utf8") });
  const ss = segmentSentences(a.id, a.body);
  for (const x of extractFacts(a.body, ss))
    if (!["person", "place", "organisation"].includes(x.kind))
      console.log(
        ` ${x.kind.padEnd(12)} [${x.text}] value=[${x.value}] ${x.unit ?? ""} ${x.hedge ?? ""} ${x.amount ?? ""} ${x.iso ?? ""} ${x.speaker ?? ""} {${a.body.slice(x.valueStart, x.valueEnd)}}`,
      );
}
