// Runs `prisma generate` on any machine, including one that cannot download Prisma's native
// schema engine. Generating the client never uses that engine, but the CLI insists that the
// binary exists before it starts, so we point PRISMA_SCHEMA_ENGINE_BINARY at a stub that only
// explains itself. A deployment that has the real engine can set the variable itself.
// Plain JavaScript because it runs from `postinstall`, before anything else is set up.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

function stubEngine() {
  const dir = path.join(root, "node_modules/.cache/citecards");
  const stub = path.join(dir, "schema-engine-stub.sh");
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    stub,
    '#!/bin/sh\necho "Citecards: Prisma\'s schema engine is not installed here; use npm run db:migrate." >&2\nexit 1\n',
  );
  chmodSync(stub, 0o755);
  return stub;
}

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ||= stubEngine();

const prismaCli = path.join(root, "node_modules/prisma/build/index.js");
const result = spawnSync(
  process.execPath,
  [prismaCli, "generate", "--schema", "prisma/schema.prisma"],
  {
    cwd: root,
    env,
    stdio: "inherit",
  },
);
process.exit(result.status ?? 1);
