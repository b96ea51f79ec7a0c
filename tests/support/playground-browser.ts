/**
 * The playground (`npm start` without Slack) with the real bot and a page open on it in Chromium: what the browser
 * tests of the playground start from. Page errors are collected so that a test can require none.
 */
import { mkdir } from "node:fs/promises";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { PlanStore } from "../../src/ask/plan-store.ts";
import { loadConfig } from "../../src/config.ts";
import { createLogger } from "../../src/logger.ts";
import { type RunningPlayground, startPlaygroundMode } from "../../src/playground/start.ts";
import { type LaunchedBrowser, launchChromium } from "./browser.ts";
import { REPO_ROOT } from "./seed.ts";

export interface PlaygroundInBrowser {
  playground: RunningPlayground;
  browser: LaunchedBrowser;
  page: Page;
  /** Errors thrown in the page (the test's own extra pages may push theirs here too). */
  pageErrors: string[];
  close(): Promise<void>;
}

/** Starts the playground on a free port, opens its page, and makes test-results/ for screenshots. */
export async function openPlaygroundInChromium(): Promise<PlaygroundInBrowser> {
  const playground = await startPlaygroundMode({
    config: loadConfig({ PORT: "0" }),
    plans: new PlanStore(resolve(REPO_ROOT, "data")),
    logger: createLogger({ level: "warn", sink: () => {} }),
  });
  const browser = await launchChromium();
  const page = await browser.context.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(playground.url);
  await mkdir(resolve(REPO_ROOT, "test-results"), { recursive: true });
  return {
    playground,
    browser,
    page,
    pageErrors,
    async close() {
      await browser.close();
      await playground.stop();
    },
  };
}
