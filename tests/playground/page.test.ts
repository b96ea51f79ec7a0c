/**
 * The playground page in a real browser (headless Chromium) against the fake bot: typing Japanese, the IME
 * guard on Enter, a rendered answer, a button, the Home tab and the reminders panel. Saves
 * test-results/playground.png for a person to look at.
 */
import { mkdir } from "node:fs/promises";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Playground, startPlayground } from "../../src/playground/server.ts";
import { PlaygroundStandIn } from "../../src/playground/stand-in.ts";
import { browserSkipReason, type LaunchedBrowser, launchChromium } from "../support/browser.ts";
import { FakeBot } from "./fake-bot.ts";

const SECRET = "page-test-secret";

if (browserSkipReason) console.warn(browserSkipReason);

describe.skipIf(browserSkipReason !== null)("the playground page in Chromium", () => {
  let standIn: PlaygroundStandIn;
  let bot: FakeBot;
  let playground: Playground;
  let browser: LaunchedBrowser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    standIn = await new PlaygroundStandIn().start();
    bot = await new FakeBot(SECRET, standIn.apiUrl).start();
    playground = await startPlayground({
      port: 0,
      host: "127.0.0.1",
      botEventsUrl: bot.url,
      signingSecret: SECRET,
      standIn,
      dryRun: async () => ({
        period: "2026-11-23〜2026-11-29",
        reminders: [
          {
            recipient: "納税課",
            items: [18],
            text: "遅れている項目が 1 件あります",
            blocks: [
              {
                type: "section",
                text: { type: "mrkdwn", text: ":bell: *今週のリマインダー* 遅れている項目: 1 件" },
              },
              {
                type: "actions",
                elements: [
                  {
                    type: "button",
                    text: { type: "plain_text", text: "1週間スヌーズ" },
                    action_id: "snooze_item:18",
                    value: "{}",
                  },
                ],
              },
            ],
          },
        ],
      }),
    });
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") pageErrors.push(message.text());
    });
    await page.goto(playground.url);
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
    await bot?.stop();
    await standIn?.stop();
  });

  it("greets with an intro and example questions", async () => {
    await expect(page.locator(".message.intro").textContent()).resolves.toContain("Slack なしで試せるページ");
    const examples = await page.locator("button.example").allTextContents();
    expect(examples).toEqual(["ふるさと納税の実績は?", "/plan 遅れ", "/plan 納税課", "No.18"]);
  });

  it("does not send on Enter while an IME is composing, nor on Shift+Enter", async () => {
    const input = page.locator("#input");
    await input.fill("ふるさと納税の実績は?");
    const before = bot.received.length;
    // Playwright builds a KeyboardEvent for "keydown", as an IME's confirming Enter arrives.
    await input.dispatchEvent("keydown", {
      key: "Enter",
      isComposing: true,
      bubbles: true,
      cancelable: true,
    });
    await input.dispatchEvent("keydown", { key: "Enter", keyCode: 229, bubbles: true, cancelable: true });
    await input.press("Shift+Enter");
    await page.waitForTimeout(300);
    expect(bot.received.length).toBe(before);
    await expect(input.inputValue()).resolves.toBe("ふるさと納税の実績は?\n");
  });

  it("sends on Enter and shows the bot's answer rendered from its blocks", async () => {
    const input = page.locator("#input");
    await input.fill("ふるさと納税の実績は?");
    await input.press("Enter");
    await page.locator("article.message.bot .bk-header").first().waitFor();
    await expect(input.inputValue()).resolves.toBe("");
    await expect(page.locator("article.message.person").last().textContent()).resolves.toContain(
      "ふるさと納税の実績は?",
    );
    const card = page.locator("article.message.bot").last();
    await expect(card.locator(".bk-header").textContent()).resolves.toBe("No.18 ふるさと納税制度の活用");
    await expect(card.locator("b").first().textContent()).resolves.toBe("遅れ");
    await expect(card.locator(".emoji").first().textContent()).resolves.toBe("⚠️");
    expect(bot.received.at(-1)?.body).toMatchObject({
      event: { text: "ふるさと納税の実績は?", channel_type: "im" },
    });
  });

  it("sends block_actions when a button is clicked", async () => {
    await page.locator("article.message.bot button.bk-button", { hasText: "詳細" }).last().click();
    await page.locator("article.message.bot", { hasText: "の全記録" }).waitFor();
    expect(bot.received.at(-1)?.body).toMatchObject({ type: "block_actions", actions: [{ value: "18" }] });

    await mkdir("test-results", { recursive: true });
    await page.screenshot({ path: "test-results/playground.png" });
  });

  it("shows what is typed as text, never as markup", async () => {
    await page.locator("#input").fill('<img src=x onerror="window.__pwned = 1"> <!channel>');
    await page.locator("#input").press("Enter");
    await page.locator("article.message.person", { hasText: "onerror" }).waitFor();
    await expect(page.evaluate("window.__pwned")).resolves.toBeUndefined();
    expect(bot.received.at(-1)?.body).toMatchObject({
      event: { text: '&lt;img src=x onerror="window.__pwned = 1"&gt; &lt;!channel&gt;' },
    });
  });

  it("opens the Home tab and the reminders panel", async () => {
    await page.locator(".sidebar [data-view=home]").click();
    await page.locator("#home .bk-header", { hasText: "改革プランの進み具合" }).waitFor();
    await page.screenshot({ path: "test-results/playground-home.png" });

    await page.locator(".sidebar [data-view=reminders]").click();
    await page.locator("#reminders .digest").waitFor();
    await expect(page.locator("#reminders .digest-recipient").textContent()).resolves.toBe("宛先: 納税課");
    await expect(page.locator("#reminders button.bk-button").isDisabled()).resolves.toBe(true);
    await page.screenshot({ path: "test-results/playground-reminders.png" });
    await page.locator(".sidebar [data-view=messages]").click();
  });

  it("shows a plain error when the bot answers non-2xx", async () => {
    bot.failWith = 500;
    try {
      await page.locator("#input").fill("こんにちは");
      await page.locator("#input").press("Enter");
      const error = page.locator(".message.error").last();
      await error.waitFor();
      await expect(error.textContent()).resolves.toContain("ボットが HTTP 500 を返しました");
    } finally {
      bot.failWith = null;
    }
  });

  it("opens the bot's modal, shows the bot's error under its field, and closes once the fix is accepted", async () => {
    await page.locator("#input").fill("/plan 報告");
    await page.locator("#input").press("Enter");
    const modal = page.locator(".modal-layer .modal:not([hidden])");
    await modal.waitFor();
    await expect(modal.locator(".modal-title").textContent()).resolves.toBe("進捗を報告");
    await expect(modal.locator(".modal-submit").textContent()).resolves.toBe("提出");
    await expect(modal.locator(".modal-close").textContent()).resolves.toBe("キャンセル");
    await expect(modal.locator(".bk-input-hint").textContent()).resolves.toBe("数字があれば書いてください");
    await expect(modal.locator("select").inputValue()).resolves.toBe("on_track");

    const text = modal.locator("textarea[data-block-id=result]");
    await text.fill("まだです");
    await modal.locator("select").selectOption("behind");
    await modal.locator(".modal-submit").click();
    const error = modal.locator(".bk-input[data-block-id=result] .bk-input-error");
    await error.waitFor();
    await expect(error.textContent()).resolves.toBe("実績を書いてください");
    // The modal stays as it was: what the person typed is still there.
    await expect(text.inputValue()).resolves.toBe("まだです");
    expect(bot.received.at(-1)?.body).toMatchObject({
      type: "view_submission",
      view: {
        state: {
          values: {
            result: { text: { type: "plain_text_input", value: "まだです" } },
            status: { choice: { selected_option: { value: "behind" } } },
          },
        },
      },
    });
    await mkdir("test-results", { recursive: true });
    await page.screenshot({ path: "test-results/playground-modal.png" });

    await text.fill("実績 1,200 千円");
    await modal.locator(".modal-submit").click();
    await page.locator("#modal-layer").waitFor({ state: "hidden" });
    await page.locator("article.message.bot", { hasText: "報告を受け付けました: 実績 1,200 千円" }).waitFor();
  });

  it("sends a modal's button with what the inputs hold, and redraws the view the bot updates", async () => {
    await page.locator("#input").fill("/plan 報告");
    await page.locator("#input").press("Enter");
    const modal = page.locator(".modal-layer .modal:not([hidden])");
    await modal.waitFor();
    await modal.locator("textarea[data-block-id=result]").fill("途中まで");
    await modal.locator("button.bk-button", { hasText: "下書きを保存" }).click();
    await modal.locator(".bk-context", { hasText: "下書きを保存しました" }).waitFor();
    // As in Slack, what was typed survives the update: the input kept its block_id and action_id.
    await expect(modal.locator("textarea[data-block-id=result]").inputValue()).resolves.toBe("途中まで");
    expect(bot.received.at(-1)?.body).toMatchObject({
      type: "block_actions",
      container: { type: "view" },
      view: { state: { values: { result: { text: { value: "途中まで" } } } } },
    });
    await modal.locator(".modal-close").click();
    await page.locator("#modal-layer").waitFor({ state: "hidden" });
  });

  it("switches persona: the bot sees the new user ID, and the page marks the others' DMs", async () => {
    await page.locator("#persona").selectOption("U_PLAYGROUND_OWNER");
    await page.locator('body[data-persona="U_PLAYGROUND_OWNER"]').waitFor();
    const answers = await page.locator("article.message.bot").count();
    await page.locator("#input").fill("/plan 納税課");
    await page.locator("#input").press("Enter");
    await page.locator("article.message.bot").nth(answers).waitFor();
    const command = bot.received.filter((r) => r.kind === "command").at(-1);
    expect(command?.body).toMatchObject({ user_id: "U_PLAYGROUND_OWNER", text: "納税課" });
    expect(
      bot.received.some(
        (r) =>
          r.body.event !== undefined &&
          (r.body.event as { type?: string; user?: string }).user === "U_PLAYGROUND_OWNER",
      ),
    ).toBe(true);
    await expect(
      page.locator("article.message.person").last().locator(".author").textContent(),
    ).resolves.toBe("担当者（納税課）");
    // The admin's earlier answers are now someone else's DM.
    await expect(
      page.locator("article.message.bot.other-persona .message-note").first().textContent(),
    ).resolves.toContain("管理者（行政管理課）さんへのDM");
    await page.locator("#persona").selectOption("U_PLAYGROUND");
    await page.locator('body[data-persona="U_PLAYGROUND"]').waitFor();
    await page.locator("article.message.person.other-persona", { hasText: "/plan 納税課" }).waitFor();
  });

  it("ran without script errors or Content-Security-Policy violations", () => {
    // The 502 is the one the error test above asked for; the browser logs every failed fetch.
    expect(pageErrors.filter((e) => !e.includes("status of 502"))).toEqual([]);
  });
});
