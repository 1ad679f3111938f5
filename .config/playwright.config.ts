import path from "node:path";
import { defineConfig } from "@playwright/test";

// End-to-end tests drive Debian's Chromium (Playwright cannot download its own browser here)
// against a production build on its own port, with an embedded database made fresh per run.
const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.E2E_PORT ?? 3100);
const dataDir = path.join(root, ".data/e2e");

const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

export default defineConfig({
  testDir: path.join(root, "tests/e2e"),
  outputDir: path.join(root, "test-results"),
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [["list"]],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // Browsers report their zone and pages show times in it (TimeZoneSync); a fixed zone keeps the
  // shared demo accounts' zone from changing with the machine's. Tests that need another set it.
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions,
    trace: "retain-on-failure",
    timezoneId: "UTC",
  },
  projects: [
    {
      name: "phone",
      use: { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true },
    },
    { name: "desktop", use: { viewport: { width: 1280, height: 800 } } },
  ],
  webServer: {
    command: `rm -rf "${dataDir}" && npm start`,
    cwd: root,
    url: `http://127.0.0.1:${port}/signin`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(port),
      CITECARDS_DATA_DIR: path.join(dataDir, "pglite"),
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
