import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// A production build is reused while nothing it is made from has changed: the fingerprint covers
// the size and modification time of every file under app/ plus the build's configuration.
const inputs = [
  "app",
  "next.config.js",
  "tsconfig.json",
  "package-lock.json",
  "prisma/schema.prisma",
];
const recordFile = ".next/citecards-build.json";

function listFiles(entry: string): string[] {
  if (!fs.existsSync(entry)) return [];
  if (!fs.statSync(entry).isDirectory()) return [entry];
  return fs.readdirSync(entry).flatMap((name) => listFiles(path.join(entry, name)));
}

export function sourceFingerprint(): string {
  const hash = createHash("sha256");
  for (const file of inputs.flatMap(listFiles).sort()) {
    const stat = fs.statSync(file);
    hash.update(`${file}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
  return hash.digest("hex");
}

export function buildIsCurrent(): boolean {
  if (!fs.existsSync(".next/BUILD_ID") || !fs.existsSync(recordFile)) return false;
  const recorded = JSON.parse(fs.readFileSync(recordFile, "utf8")) as { fingerprint?: string };
  return recorded.fingerprint === sourceFingerprint();
}

export function recordBuild(): void {
  fs.writeFileSync(recordFile, JSON.stringify({ fingerprint: sourceFingerprint() }));
}
