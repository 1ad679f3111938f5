import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { buildBank } from "@/app/_domain/content";

const root = path.resolve(import.meta.dirname, "../../..");

export function readCorpus(dir: string): { file: string; text: string }[] {
  const full = path.join(root, dir);
  return readdirSync(full)
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()
    .map((file) => ({ file, text: readFileSync(path.join(full, file), "utf8") }));
}

export const seeds = () => readCorpus("content/articles");
export const fixtures = () => readCorpus("tests/fixtures/articles");

/** Page furniture found in the seeds and fixtures; none of it may reach a question. */
export const furniturePhrases = [
  "Connect with us",
  "WhatsApp",
  "Telegram",
  "Advert Inquiries",
  "+2348033888791",
  "Call:",
  "Today: 13 May 2025",
  "1 min read",
  "ALSO READ",
  "Previous Story",
  "Next Story",
  "Latest from",
  "Trump Begins Mideast Tour",
  "Go toTop",
  "Don't Miss",
  "Cold War With A Difference",
  "Zelenskyy",
  "reports Asian Lite News",
  "entertainment",
  "icon sharing",
  "devastating blow",
  "Reporting contributed by",
  "Read More Better Today",
  "Comments are closed",
  "Leave a Reply",
  "Your email address",
  "Required fields",
  "Share on Twitter",
  "newsletter",
  "All rights reserved",
  "Related:",
  "Photo:",
  "cookies",
  "Most Read",
  "canal tours",
  "Subscribe",
  "Advertisement",
  "READ MORE",
  "Tags:",
  "You may also like",
  "Heatwave",
  "Follow us",
  "23 comments",
  "Staff Reporter",
];

/** The bank of one probe article made of `paragraphs`: its questions and dropped candidates. */
export function probeBank(paragraphs: string[], title = "Probe headline") {
  const file = { file: "probe.txt", text: `${title}\n\n${paragraphs.join("\n\n")}\n` };
  const { bank, dropped } = buildBank([file]);
  const prompt = (q: { prompt: string }) => q.prompt.replace(/^According to .*?\(\S+\): /, "");
  return {
    questions: bank.questions,
    dropped,
    /** "type → prompt → answer" lines, the form golden tests compare. */
    lines: bank.questions.map((q) => `${q.type} → ${prompt(q)} → ${q.answer}`),
  };
}
