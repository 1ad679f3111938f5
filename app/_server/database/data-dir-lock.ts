import fs from "node:fs";
import path from "node:path";
import { AppError } from "../errors";

// PGlite is one connection in one process: a second process opening the same data folder would
// corrupt it. A lock file holding the owner's pid keeps the folder to one process at a time; a
// lock left by a process that no longer runs is taken over.
const LOCK_NAME = "citecards.lock";

export type DataDirLock = { release(): void };

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readOwner(lockPath: string): number | null {
  try {
    const pid = Number.parseInt(fs.readFileSync(lockPath, "utf8").trim(), 10);
    return Number.isFinite(pid) ? pid : null;
  } catch {
    return null;
  }
}

function tryCreate(lockPath: string): boolean {
  try {
    fs.writeFileSync(lockPath, String(process.pid), { flag: "wx" });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

export function lockDataDir(dataDir: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, LOCK_NAME);
  if (!tryCreate(lockPath)) {
    const owner = readOwner(lockPath);
    if (owner !== null && owner !== process.pid && processIsAlive(owner)) {
      throw new AppError("database_in_use", {
        userMessage:
          `The embedded database in ${dataDir} is in use by another Citecards process (pid ${owner}). ` +
          "Stop that process, or set CITECARDS_DATA_DIR to another folder, or use DATABASE_URL for PostgreSQL.",
      });
    }
    fs.rmSync(lockPath, { force: true });
    if (!tryCreate(lockPath)) return lockDataDir(dataDir);
  }
  const release = () => {
    if (readOwner(lockPath) === process.pid) fs.rmSync(lockPath, { force: true });
  };
  process.once("exit", release);
  return { release };
}
