import { describe, expect, it } from "vitest";
import { articleIdFromFile, FrontMatterError, ingestArticle } from "@/app/_domain/content";
import { fixtures, furniturePhrases, seeds } from "./support";

const byFile = (files: { file: string; text: string }[]) =>
  Object.fromEntries(files.map((f) => [f.file, ingestArticle(f)]));

describe("ingest of the seed articles", () => {
  const articles = byFile(seeds());

  it.each([
    ["000_97ffb39aca0f47c6.txt", "U.S. Military Resumes Operations in Niger Following Coup", null],
    [
      "001_4aeac8238ecdb9d1.txt",
      "US Troops Repositioning in Niger Following French Exit Demand",
      "2023-09-08",
    ],
    [
      "002_9445bf836e478527.txt",
      "Russian Forces Enter Niger Airbase, Confronting U.S. Troops: What Happens Next?",
      "2024-05-03",
    ],
    ["003_d7e5eae0bf62575b.txt", "Troops to be Withdrawn from Niger by U.S. Military", null],
    [
      "004_0a7c1f3357661d38.txt",
      "Pentagon orders withdrawal of all US combat troops from Niger",
      null,
    ],
  ])("finds the title and publication date of %s", (file, title, published) => {
    expect(articles[file]?.title).toBe(title);
    expect(articles[file]?.published).toBe(published);
  });

  it("ignores the crawl date 'Today: 13 May 2025' in favour of the page date", () => {
    expect(articles["001_4aeac8238ecdb9d1.txt"]?.published).toBe("2023-09-08");
  });

  it("reads the contributor credit as the byline and the teaser suffix as the site", () => {
    expect(articles["002_9445bf836e478527.txt"]?.byline).toBe("Eleanor Watson");
    expect(articles["001_4aeac8238ecdb9d1.txt"]?.site).toBe("Asian Lite News");
  });

  it("keeps no page furniture in any cleaned body", () => {
    for (const article of Object.values(articles)) {
      for (const phrase of furniturePhrases) expect(article.body).not.toContain(phrase);
    }
  });

  it("keeps the article's last real paragraph before the list of other stories", () => {
    expect(articles["001_4aeac8238ecdb9d1.txt"]?.body.endsWith("Al Jazeera reported.")).toBe(true);
    expect(articles["004_0a7c1f3357661d38.txt"]?.paragraphs).toHaveLength(11);
  });

  it("drops the teaser that repeats a later paragraph", () => {
    const body = articles["001_4aeac8238ecdb9d1.txt"]?.body ?? "";
    expect(body.match(/The discussions between the two militaries/g)).toHaveLength(1);
  });

  it("joins paragraphs with one blank line", () => {
    const article = articles["003_d7e5eae0bf62575b.txt"];
    expect(article?.body).toBe(article?.paragraphs.join("\n\n"));
  });
});

describe("ingest of fixtures in other layouts", () => {
  const articles = byFile(fixtures());

  it.each([
    ["wire-report.md", "Ghana's Parliament Approves Cocoa Price Rise", "2024-10-02", "Ama Boateng"],
    [
      "hard-wrapped-blog.txt",
      "Dutch Court Orders Airport to Cut Night Flights",
      "2024-03-03",
      "Pieter de Vries",
    ],
    [
      "regional-daily.txt",
      "Flooding Forces Evacuation of Riverside Towns in Assam",
      "2024-07-12",
      "Priya Raman",
    ],
    [
      "magazine-feature.md",
      "Chile Opens Its Largest Solar Plant in the Atacama Desert",
      null,
      null,
    ],
  ])("finds title, date and byline of %s", (file, title, published, byline) => {
    expect(articles[file]?.title).toBe(title);
    expect(articles[file]?.published).toBe(published);
    expect(articles[file]?.byline).toBe(byline);
  });

  it("unwraps hard-wrapped paragraphs into one line each", () => {
    expect(articles["hard-wrapped-blog.txt"]?.paragraphs[0]).toBe(
      "The district court in Haarlem on Friday ordered Schiphol Airport to cut night flights by 20 per cent from next year, after a case brought by a residents' group. Judge Marieke Jansen said the Dutch state had failed to protect about 100,000 people living near the runways.",
    );
  });

  it("prefers the published date over the updated and accessed dates", () => {
    expect(articles["regional-daily.txt"]?.published).toBe("2024-07-12");
  });

  it("keeps no page furniture in any fixture body", () => {
    for (const article of Object.values(articles)) {
      for (const phrase of furniturePhrases) expect(article.body).not.toContain(phrase);
    }
  });

  it("rejects front matter whose date is not a date", () => {
    const text =
      "---\ntitle: X\ndate: someday\n---\nBody text that is long enough to be a paragraph.";
    expect(() => ingestArticle({ file: "bad.md", text })).toThrow(FrontMatterError);
  });

  it("rejects unknown front matter keys", () => {
    expect(() => ingestArticle({ file: "bad.md", text: "---\ntitel: X\n---\nBody." })).toThrow(
      /titel/,
    );
  });
});

describe("article sentences that open like page furniture", () => {
  const page = [
    "Wildfire forces thousands from villages near Patras",
    "By Jane Doe | Reuters",
    "Share this.",
    "By Thursday morning, the fire had burned roughly 4,800 hectares of pine forest near Patras.",
    "By contrast, the island of Evia was spared this summer after a wet spring.",
    "Judge Miriam Castonguay found that the copyright on the old maps had expired in 2012.",
    "Facebook declined to comment.",
    "Market share fell sharply.",
    "More in the north than the south, food prices have doubled since January.",
    "Officials said the evacuation orders would stay in place until Sunday.",
    "We use cookies to improve your experience. By continuing you accept our use of cookies.",
    "Copyright 2024 The Morning Ledger",
    "More from Europe",
    "Floods hit the coast of Portugal",
  ];
  const article = ingestArticle({ file: "wildfire.txt", text: `${page.join("\n\n")}\n` });

  it("keeps them as the article's own sentences", () => {
    expect(article.paragraphs).toEqual(page.slice(3, 10));
  });

  it("reads a date line with the Guardian's time of day as the date, not as the title", () => {
    const guardian = ingestArticle({
      file: "rates.txt",
      text: "Mon 3 Jun 2024 14.02 BST\n\nBank holds rates at 5.25%\n\nThe Bank of England kept its main rate at 5.25% on Thursday after a split vote.\n",
    });
    expect([guardian.title, guardian.published]).toEqual([
      "Bank holds rates at 5.25%",
      "2024-06-03",
    ]);
  });

  it("still takes the byline, and drops the button, the notices and the other stories", () => {
    expect(article.byline).toBe("Jane Doe");
    expect(article.body).not.toMatch(/Share this|cookies|Copyright 2024|Floods/);
  });
});

describe("page furniture inside the article", () => {
  it("drops a newsletter box, a photo caption, a table and a wire dateline", () => {
    const article = ingestArticle({
      file: "tea.md",
      text: [
        "# Kenya's tea exports rise 12 per cent",
        "NAIROBI (Reuters) - Kenya's tea exports rose 12 per cent to 589 million kilograms in 2024, the tea board said.",
        "*Pickers at an estate in Kericho on Monday. Photo: Reuters/Thomas Mukoya.*",
        "Get the week's market news delivered to your inbox every Friday.",
        "Enter your email address",
        "| Buyer | Share |\n|-------|------:|\n| Pakistan | 38% |\n| Egypt | 12% |",
        "Pakistan bought 38 per cent of the exports, more than any other country, the board said.",
      ].join("\n\n"),
    });
    expect(article.paragraphs).toEqual([
      "Kenya's tea exports rose 12 per cent to 589 million kilograms in 2024, the tea board said.",
      "Pakistan bought 38 per cent of the exports, more than any other country, the board said.",
    ]);
  });
});

describe("what only looks like page furniture", () => {
  const first = (paragraph: string, byline = "") =>
    ingestArticle({
      file: "story.txt",
      text: `Headline of the story\n\n${byline}${byline ? "\n\n" : ""}${paragraph}\n`,
    });

  it("keeps a first sentence that opens with capitals and a dash, and strips a city's dateline", () => {
    for (const kept of [
      "EU - UK talks ended without a deal on Friday, officials said late that night.",
      "NATO — Europe's largest alliance — held 40 exercises in the Baltic last year.",
    ])
      expect(first(kept).paragraphs, kept).toEqual([kept]);
    expect(
      first("TORONTO — A federal court ruled on Tuesday that the stories were free to use.")
        .paragraphs,
    ).toEqual(["A federal court ruled on Tuesday that the stories were free to use."]);
  });

  it("keeps a sentence about an image, and takes a byline of two writers or one filed from a city", () => {
    const image = "Critics pointed to one image: a soldier carrying a child through the smoke.";
    expect(first(image).paragraphs).toEqual([image]);
    const body = "The central bank raised its main rate to 27 percent on Tuesday afternoon.";
    expect(first(body, "By Jane Doe and John Smith").byline).toBe("Jane Doe and John Smith");
    expect(first(body, "By Jane Doe in Niamey").byline).toBe("Jane Doe");
  });
});

describe("article ids", () => {
  it("slugs the file name without its extension", () => {
    expect(articleIdFromFile("000_97ffb39aca0f47c6.txt")).toBe("000-97ffb39aca0f47c6");
    expect(articleIdFromFile("some/dir/My Article.md")).toBe("my-article");
  });
});
