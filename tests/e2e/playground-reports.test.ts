/**
 * Reporting results in the playground, in a real browser with the real bot: the 担当者 persona opens the report
 * modal with `/plan 報告 16`, submits a wrong figure (the error shows under the field), fixes it and submits; the
 * 管理者 persona approves it from `/plan 報告一覧`; and the item's card then shows the approved report, apart from
 * the report's own figures. Screenshot: test-results/playground-report-modal.png.
 */
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PLAYGROUND_IDS } from "../../src/playground/slack-requests.ts";
import { browserSkipReason } from "../support/browser.ts";
import { openPlaygroundInChromium, type PlaygroundInBrowser } from "../support/playground-browser.ts";
import { REPO_ROOT } from "../support/seed.ts";

describe.skipIf(browserSkipReason !== null)("reporting in the playground, in Chromium", () => {
  let opened: PlaygroundInBrowser;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    opened = await openPlaygroundInChromium();
    ({ page, pageErrors } = opened);
  }, 60_000);

  afterAll(async () => {
    await opened?.close();
  });

  async function send(text: string) {
    const input = page.locator("#input");
    await input.fill(text);
    await input.press("Enter");
  }

  const modal = () => page.locator("#modal-layer .modal").last();

  it("the owner fills in the modal, sees a wrong figure refused under its field, fixes it and submits", async () => {
    await page.locator("#persona").selectOption(PLAYGROUND_IDS.ownerUser);
    await send("/plan 報告 16");
    await modal().waitFor();
    expect(await modal().locator(".modal-title").textContent()).toBe("進捗を報告");
    const figure = modal().locator('[data-block-id="figure:0"][data-input]');
    expect(await figure.getAttribute("placeholder")).toBe("見込み 44,400千円");
    await figure.fill("約4万");
    await modal()
      .locator('[data-block-id="activities"][data-input]')
      .fill("催告書を送付した\n財産調査を行った");
    await modal().locator('.bk-radios input[value="on_track"]').check();
    await page.screenshot({ path: resolve(REPO_ROOT, "test-results/playground-report-modal.png") });
    await modal().locator(".modal-submit").click();
    const error = modal().locator('.bk-input[data-block-id="figure:0"] .bk-input-error');
    await error.waitFor({ state: "visible" });
    expect(await error.textContent()).toContain("半角数字");
    await figure.fill("41,200");
    await modal().locator(".modal-submit").click();
    await page.locator("#modal-layer .modal", { hasText: "受け付けました" }).waitFor();
    await page.locator("#modal-layer .modal [data-modal-close]").first().click();
    await page.locator("#modal-layer .modal").waitFor({ state: "detached" });
  });

  it("the admin approves it from /plan 報告一覧, and the card shows the approved report", async () => {
    await page.locator("#persona").selectOption(PLAYGROUND_IDS.user);
    await send("/plan 報告一覧");
    const list = page.locator("article.message.bot", { hasText: "確認待ちの報告（1 件）" }).last();
    await list.waitFor();
    expect(await list.textContent()).toContain("41,200");
    await list.locator("button.bk-button", { hasText: "承認" }).click();
    await modal().waitFor();
    await modal().locator('[data-block-id="comment"][data-input]').fill("確認しました");
    await modal().locator(".modal-submit").click();
    await page.locator("#modal-layer .modal", { hasText: "承認しました" }).waitFor();
    await page.locator("#modal-layer .modal [data-modal-close]").first().click();

    await send("/plan 16");
    const card = page
      .locator("article.message.bot", { hasText: "担当課からの報告（令和6年度・未公表" })
      .last();
    await card.waitFor();
    const text = (await card.textContent()) ?? "";
    expect(text).toContain("滞納額の縮減効果: 41,200 千円");
    // The report's own figures and status stay as the report has them.
    expect(text).toContain("30,885,000");
    expect(text).toContain("状況（令和5年度）");
  });

  it("another member of staff is told who may report, and nothing opens for them to fill in", async () => {
    await page.locator("#persona").selectOption(PLAYGROUND_IDS.staffUser);
    await send("/plan 報告 16");
    await page.locator("#modal-layer .modal", { hasText: "記入担当課（納税課）の担当者" }).waitFor();
    expect(await modal().locator("[data-input]").count()).toBe(0);
    await page.locator("#modal-layer .modal [data-modal-close]").first().click();
  });

  it("ran without script errors", () => {
    expect(pageErrors).toEqual([]);
  });
});
