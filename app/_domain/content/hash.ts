import { createHash } from "node:crypto";

// sha256 is deterministic and collision-safe for our sizes; 16 hex chars (64 bits) keep ids
// short in URLs (`#s-<id>`) while a clash inside one corpus stays vanishingly unlikely.
export function stableId(...parts: string[]): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 16);
}
