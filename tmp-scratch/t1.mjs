import nlp from "compromise";
import fs from "node:fs";
const files = fs.readdirSync("content/articles");
for (const f of files) {
  const text = fs.readFileSync("content/articles/" + f, "utf8");
  let t0 = performance.now();
  const doc = nlp(text);
  const people = doc
    .people()
    .json({ offset: true })
    .map((x) => x.text);
  const places = doc
    .places()
    .json()
    .map((x) => x.text);
  const orgs = doc
    .organizations()
    .json()
    .map((x) => x.text);
  const t1 = performance.now();
  console.log(f, (t1 - t0).toFixed(1), "ms");
  console.log(" P:", people.join(" | "));
  console.log(" L:", places.join(" | "));
  console.log(" O:", orgs.join(" | "));
}
