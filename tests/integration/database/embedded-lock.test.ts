import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "@/app/_server/database/connect";
import { lockDataDir } from "@/app/_server/database/data-dir-lock";

const freshDir = () => fs.mkdtempSync(path.join(os.tmpdir(), "citecards-pglite-"));

describe("the embedded database folder", () => {
  it("gives a second process a clear 'in use' error instead of opening it", async () => {
    const dataDir = freshDir();
    const db = await openDatabase({ kind: "pglite", dataDir });
    try {
      const second = spawnSync(
        process.execPath,
        ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "app/_cli/db-migrate.ts"],
        {
          env: { ...process.env, CITECARDS_DATA_DIR: dataDir, DATABASE_URL: "" },
          encoding: "utf8",
        },
      );
      expect(second.status).toBe(1);
      expect(second.stderr).toContain(
        `The embedded database in ${dataDir} is in use by another Citecards process (pid ${process.pid})`,
      );
    } finally {
      await db.close();
    }
    expect(fs.existsSync(path.join(dataDir, "citecards.lock"))).toBe(false);
  });

  it("takes over a lock left behind by a process that no longer runs", () => {
    const dataDir = freshDir();
    const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
      encoding: "utf8",
    });
    fs.writeFileSync(path.join(dataDir, "citecards.lock"), dead.stdout);
    const lock = lockDataDir(dataDir);
    expect(fs.readFileSync(path.join(dataDir, "citecards.lock"), "utf8")).toBe(String(process.pid));
    lock.release();
  });
});
