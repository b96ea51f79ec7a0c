/**
 * A real browser for tests: Debian's Chromium, driven by playwright-core. Playwright's own browser downloads
 * cannot be fetched here, so the test uses the system package (`.ci/install-chromium.sh` installs it).
 *
 * Each launch gets a fresh profile directory, removed on close, so no test sees another's cookies or cache.
 * Playwright refuses `--user-data-dir` among the arguments and takes the directory through
 * `launchPersistentContext` instead; the flags keep Chromium from calling out to Google's services.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";

export const CHROMIUM_PATH = "/usr/bin/chromium";

/**
 * Why browser tests are skipped, or null when they can run. Tests pass this to `describe.skipIf`. In CI they
 * never skip: .ci/run installs Chromium, and a missing browser there must fail, not pass quietly.
 */
export const browserSkipReason: string | null =
  existsSync(CHROMIUM_PATH) || process.env.CI
    ? null
    : `${CHROMIUM_PATH} is missing: browser tests skipped (install it with: bash .ci/install-chromium.sh)`;

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface LaunchedBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<LaunchedBrowser> {
  if (browserSkipReason) throw new Error(browserSkipReason);
  const userDataDir = await mkdtemp(join(tmpdir(), "chromium-profile-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 860 },
    locale: "ja-JP",
    timezoneId: "Asia/Tokyo",
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
