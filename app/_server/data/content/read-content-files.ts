import "server-only";
import fs from "node:fs";
import path from "node:path";
import { decodeText } from "@/app/_domain/content";
import { AppError } from "../../errors";

export type ContentFile = { file: string; text: string };

// Every .txt and .md file directly inside `dir`, sorted by name so the bank is the same on
// every machine.
export function readContentFiles(dir: string): ContentFile[] {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new AppError("bad_input", { userMessage: `The content folder ${dir} does not exist.` });
  }
  return fs
    .readdirSync(dir)
    .filter((name) => /\.(txt|md)$/i.test(name))
    .sort()
    .map((name) => ({ file: name, text: decodeText(fs.readFileSync(path.join(dir, name))) }));
}
