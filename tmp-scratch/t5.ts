import fs from "node:fs";
import { ingestArticle } from "../app/_domain/content/ingest";
import { segmentSentences } from "../app/_domain/content/sentences";
import { extractEntities } from "../app/_domain/content/entities";
for (const f of fs.readdirSync("content/articles").sort()) {
  const a = ingestArticle({ file: f, text: fs.readFileSync("content/articles/" + f, "utf8") });
  const ss = segmentSentences(a.id, a.body);
  const t0 = performance.now();
  const fs2 = extractEntities(a.body, ss);
  console.log("=====", a.id, (performance.now() - t0).toFixed(1));
  for (const x of fs2)
    console.log(
      ` ${x.kind.padEnd(12)} ${x.value} | ${x.fullName} | ${x.role ?? ""} | ${x.placeKind ?? ""} ${x.acronym ?? ""} [${a.body.slice(x.valueStart, x.valueEnd)}]`,
    );
}
