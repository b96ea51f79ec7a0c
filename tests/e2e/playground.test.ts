/**
 * `npm start` without Slack, in a real browser: the playground page drives the real bot (the same code as in
 * Slack) and shows its Block Kit answers. A person types a question, presses Enter, sees the item card with
 * the report's figures, clicks 「詳細」, and opens the Home tab. Screenshots go to test-results/.
 */
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningPlayground } from "../../src/playground/start.ts";
import { browserSkipReason, type LaunchedBrowser } from "../support/browser.ts";
import { openPlaygroundInChromium, type PlaygroundInBrowser } from "../support/playground-browser.ts";
import { REPO_ROOT } from "../support/seed.ts";

describe.skipIf(browserSkipReason !== null)("the playground with the real bot, in Chromium", () => {
  let opened: PlaygroundInBrowser;
  let playground: RunningPlayground;
  let browser: LaunchedBrowser;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    opened = await openPlaygroundInChromium();
    ({ playground, browser, page, pageErrors } = opened);
  }, 60_000);

  afterAll(async () => {
    await opened?.close();
  });

  it("greets with what it is and example questions (the first screen the README describes)", async () => {
    await expect(page.locator(".message.intro").textContent()).resolves.toContain("Slack なしで試せるページ");
    expect(await page.locator("button.example").allTextContents()).toEqual([
      "ふるさと納税の実績は?",
      "/plan 遅れ",
      "/plan 納税課",
      "No.18",
    ]);
    await page.screenshot({ path: resolve(REPO_ROOT, "test-results/playground-first-screen.png") });
  });

  it("answers a typed question with the item card and its figures", async () => {
    const input = page.locator("#input");
    await input.fill("ふるさと納税の実績は?");
    await input.press("Enter");
    const card = page.locator("article.message.bot", { hasText: "No.18 ふるさと納税制度の活用" }).last();
    await card.waitFor();
    const text = (await card.textContent()) ?? "";
    expect(text).toContain("98,328 件 1,194,846,047 円");
    expect(text).toContain("達成");
    expect(text).toContain("政策課（記入担当）");
  });

  it("shows the full record when 「詳細」 is clicked", async () => {
    await page.locator("article.message.bot button.bk-button", { hasText: "詳細" }).last().click();
    const detail = page
      .locator("article.message.bot", { hasText: "No.18 ふるさと納税制度の活用（詳細）" })
      .last();
    await detail.waitFor();
    expect(await detail.textContent()).toContain("ふるさと納税ポータルサイトを１つ増設した。（ＡＮＡ）");
    // The screenshot (the README's docs/playground-answer.png) starts at the question: question, card, detail.
    await page
      .locator("article.message.person", { hasText: "ふるさと納税の実績は?" })
      .last()
      .evaluate((el) => el.scrollIntoView({ block: "start" }));
    await page.mouse.move(0, 0); // no hover highlight left over from the click
    await page.screenshot({
      path: resolve(REPO_ROOT, "test-results/playground-real-bot.png"),
      fullPage: false,
    });
  });

  it("answers /plan 遅れ with the seven items behind target, then No.2 (a step its 総評 says was not done)", async () => {
    await page.locator("#input").fill("/plan 遅れ");
    await page.locator("#input").press("Enter");
    const list = page
      .locator("article.message.bot", { hasText: "状況が「遅れ」の項目（令和5年度、7 件）" })
      .last();
    await list.waitFor();
    for (const n of [6, 10, 13, 14, 15, 16, 17, 2]) expect(await list.textContent()).toContain(`No.${n}`);
    expect(await list.textContent()).toContain("総評に「できなかった」とある項目");
  });

  it("shares a /plan answer to the conversation, naming who shared it as Slack would (not by user ID)", async () => {
    const answer = page
      .locator("article.message.bot", { hasText: "状況が「遅れ」の項目（令和5年度、7 件）" })
      .last();
    await answer.locator("button.bk-button", { hasText: "チャンネルに共有" }).click();
    const shared = page.locator("article.message.bot:not(.ephemeral)", {
      hasText: "さんが /plan で共有しました",
    });
    await shared.waitFor();
    const mention = shared.locator(".mention").first();
    expect(await mention.textContent()).toBe("@管理者（行政管理課）");
    expect(await shared.textContent()).not.toContain("U_PLAYGROUND");
    await page.screenshot({ path: resolve(REPO_ROOT, "test-results/playground-shared.png") });
  });

  it("quotes the report's sentence that answers a figure question, with the figure in bold", async () => {
    const input = page.locator("#input");
    await input.fill("5年度のハラスメント研修の受講者は何人？");
    await input.press("Enter");
    const card = page.locator("article.message.bot", { hasText: "No.8 人財育成の推進" }).last();
    await card.waitFor();
    const quote = card.locator("blockquote.bk-rich-quote").first();
    // The report's 令和5年度 line: ハラスメント研修（84 人）.
    expect(await quote.textContent()).toContain("「ハラスメント研修（84 人）」");
    expect(await quote.locator("b").first().textContent()).toBe("84");
    await page
      .locator("article.message.person", { hasText: "ハラスメント研修" })
      .last()
      .evaluate((el) => el.scrollIntoView({ block: "start" }));
    await page.mouse.move(0, 0);
    await page.screenshot({
      path: resolve(REPO_ROOT, "test-results/playground-passage.png"),
      fullPage: false,
    });
  });

  it("answers a follow-up about the item just answered, and says which item it took", async () => {
    const input = page.locator("#input");
    await input.fill("じゃあ総評は？");
    await input.press("Enter");
    const card = page.locator("article.message.bot", { hasText: "直前の答え（No.8）" }).last();
    await card.waitFor();
    const text = (await card.textContent()) ?? "";
    expect(text).toContain("No.8 人財育成の推進");
    expect(text).toContain("総評");
  });

  it("opens the Home tab with the dashboard", async () => {
    await page.locator(".sidebar [data-view=home]").click();
    await page.locator("#home", { hasText: "遅れ（7 件）" }).waitFor();
    await page.screenshot({ path: resolve(REPO_ROOT, "test-results/playground-real-home.png") });
  });

  it("previews this week's reminder digests as their recipients would see them", async () => {
    await page.locator(".sidebar [data-view=reminders]").click();
    const nozei = page.locator("#reminders .digest", { hasText: "納税課 の担当者" });
    await nozei.waitFor();
    const text = (await nozei.textContent()) ?? "";
    expect(text).toContain("No.16");
    expect(text).toContain("69.6");
    expect(text).toContain("No.17");
    await page.screenshot({ path: resolve(REPO_ROOT, "test-results/playground-real-reminders.png") });
  });

  it("fits a phone (390×844): no sideways scrolling, a wide message column, a menu button for the sidebar", async () => {
    const phone = await browser.context.newPage();
    phone.on("pageerror", (e) => pageErrors.push(e.message));
    try {
      await phone.setViewportSize({ width: 390, height: 844 });
      await phone.goto(playground.url);
      // The snapshot brings the conversation so far: cards, the detail, the /plan list.
      const card = phone.locator("article.message.bot", { hasText: "No.18 ふるさと納税制度の活用" }).first();
      await card.waitFor();

      // Expressions as strings: the tests are compiled without the DOM's types.
      const pageWidth = () => phone.evaluate<number>("document.scrollingElement.scrollWidth");
      const innerWidth = await phone.evaluate<number>("window.innerWidth");
      const scrollWidth = await pageWidth();
      expect(innerWidth).toBe(390);
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
      const column = await card.locator(".message-content").boundingBox();
      expect(column?.width).toBeGreaterThanOrEqual(300);

      const sidebar = phone.locator(".sidebar");
      const menu = phone.getByRole("button", { name: "メニュー" });
      expect(await sidebar.isVisible()).toBe(false);
      expect(await menu.getAttribute("aria-expanded")).toBe("false");
      expect(await menu.getAttribute("aria-controls")).toBe(await sidebar.getAttribute("id"));
      await phone.screenshot({ path: resolve(REPO_ROOT, "test-results/playground-phone.png") });
      await card.scrollIntoViewIfNeeded();
      await phone.screenshot({ path: resolve(REPO_ROOT, "test-results/playground-phone-answer.png") });

      await menu.click();
      expect(await menu.getAttribute("aria-expanded")).toBe("true");
      await sidebar.waitFor({ state: "visible" });
      expect(await pageWidth()).toBeLessThanOrEqual(innerWidth);
      await phone.screenshot({ path: resolve(REPO_ROOT, "test-results/playground-phone-menu.png") });

      await menu.click();
      expect(await menu.getAttribute("aria-expanded")).toBe("false");
      await sidebar.waitFor({ state: "hidden" });

      // Choosing a view in the drawer closes it, and so does Escape.
      await menu.click();
      await sidebar.locator("[data-view=home]").click();
      await sidebar.waitFor({ state: "hidden" });
      expect(await menu.getAttribute("aria-expanded")).toBe("false");
      await phone.locator("#home", { hasText: "遅れ（7 件）" }).waitFor();
      expect(await pageWidth()).toBeLessThanOrEqual(innerWidth);
      await phone.screenshot({ path: resolve(REPO_ROOT, "test-results/playground-phone-home.png") });
      await menu.click();
      await sidebar.waitFor({ state: "visible" });
      await phone.keyboard.press("Escape");
      await sidebar.waitFor({ state: "hidden" });
      expect(await menu.getAttribute("aria-expanded")).toBe("false");
    } finally {
      await phone.close();
    }
  });

  it("keeps the sidebar open and the menu button out of the way on a wide screen", async () => {
    expect(await page.locator(".sidebar").isVisible()).toBe(true);
    expect(await page.locator(".menu-button").isVisible()).toBe(false);
  });

  it("ran without script errors", () => {
    expect(pageErrors).toEqual([]);
  });
});
