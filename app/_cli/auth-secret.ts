import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// Auth.js signs session cookies with AUTH_SECRET. A deployment sets it; a fresh clone gets one
// made once and kept beside the embedded data (git-ignored), so sessions survive restarts.
export function ensureAuthSecret(dataDir: string): string {
  const file = path.join(path.dirname(path.resolve(dataDir)), "auth-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
