import { describe, expect, it } from "vitest";
import { findButton, renderBlocks, renderMessage } from "../../../src/playground/render/blocks.ts";

const render = (blocks: unknown[], inert = false) => renderBlocks(blocks, { inert }).value;

describe("renderBlocks", () => {
  it("renders a header as plain text with emoji", () => {
    expect(
      render([
        {
          type: "header",
          text: { type: "plain_text", text: "No.18 ふるさと納税 *制度* :bulb:", emoji: true },
        },
      ]),
    ).toBe(
      '<div class="bk-header" data-block-id="b0"><span class="plain">No.18 ふるさと納税 *制度* ' +
        '<span class="emoji" title=":bulb:">💡</span></span></div>',
    );
  });

  it("renders a section with mrkdwn text, fields and a button accessory", () => {
    const section = {
      type: "section",
      block_id: "item",
      text: { type: "mrkdwn", text: ":warning: *遅れ*" },
      fields: [
        { type: "mrkdwn", text: "*目標*\n44,400 千円" },
        { type: "plain_text", text: "達成率 69.6%" },
      ],
      accessory: {
        type: "button",
        text: { type: "plain_text", text: "詳細", emoji: true },
        action_id: "show_item_detail:18",
        value: "18",
      },
    };
    expect(render([section])).toBe(
      '<div class="bk-section" data-block-id="item"><div class="bk-section-body">' +
        '<div class="bk-text"><span class="mrkdwn"><span class="emoji" title=":warning:">⚠️</span> <b>遅れ</b></span></div>' +
        '<div class="bk-fields"><div class="bk-field"><span class="mrkdwn"><b>目標</b>\n44,400 千円</span></div>' +
        '<div class="bk-field"><span class="plain">達成率 69.6%</span></div></div></div>' +
        '<div class="bk-accessory"><button type="button" class="bk-button bk-button-default" ' +
        'data-action-id="show_item_detail:18" data-value="18" data-block-id="item"><span class="plain">詳細</span></button></div></div>',
    );
  });

  it("renders context, divider and actions with primary and danger buttons", () => {
    const blocks = [
      {
        type: "context",
        elements: [
          { type: "mrkdwn", text: "出典: 報告書" },
          { type: "image", alt_text: "ロゴ" },
        ],
      },
      { type: "divider" },
      {
        type: "actions",
        block_id: "acts",
        elements: [
          {
            type: "button",
            text: { type: "plain_text", text: "共有" },
            action_id: "share",
            value: "q",
            style: "primary",
          },
          { type: "button", text: { type: "plain_text", text: "削除" }, action_id: "del", style: "danger" },
        ],
      },
    ];
    expect(render(blocks)).toBe(
      '<div class="bk-context" data-block-id="b0"><span class="bk-context-item"><span class="mrkdwn">出典: 報告書</span></span>' +
        '<span class="bk-context-item bk-image-alt">［画像: ロゴ］</span></div>' +
        '<hr class="bk-divider">' +
        '<div class="bk-actions" data-block-id="acts">' +
        '<button type="button" class="bk-button bk-button-primary" data-action-id="share" data-value="q" data-block-id="acts"><span class="plain">共有</span></button>' +
        '<button type="button" class="bk-button bk-button-danger" data-action-id="del" data-value="" data-block-id="acts"><span class="plain">削除</span></button></div>',
    );
  });

  it("draws buttons disabled in a preview", () => {
    expect(
      render(
        [
          {
            type: "actions",
            elements: [
              { type: "button", text: { type: "plain_text", text: "スヌーズ" }, action_id: "snooze_item:3" },
            ],
          },
        ],
        true,
      ),
    ).toBe(
      '<div class="bk-actions" data-block-id="b0"><button type="button" class="bk-button bk-button-default" ' +
        'data-action-id="snooze_item:3" data-value="" data-block-id="b0" disabled><span class="plain">スヌーズ</span></button></div>',
    );
  });

  it("keeps only web links for url buttons", () => {
    const button = (url: string) => [
      {
        type: "actions",
        elements: [{ type: "button", text: { type: "plain_text", text: "開く" }, action_id: "open", url }],
      },
    ];
    expect(render(button("https://example.jp/r"))).toContain('data-url="https://example.jp/r"');
    expect(render(button("javascript:alert(1)"))).not.toContain("data-url");
  });

  it("draws rich_text sections and quotes with their bold runs, escaped", () => {
    expect(
      render([
        {
          type: "rich_text",
          elements: [
            {
              type: "rich_text_section",
              elements: [{ type: "text", text: "見出し<b>", style: { bold: true } }],
            },
            {
              type: "rich_text_quote",
              elements: [
                { type: "text", text: "研修（" },
                { type: "text", text: "84", style: { bold: true } },
                { type: "text", text: " 人）\n（出典）" },
              ],
            },
          ],
        },
      ]),
    ).toBe(
      '<div class="bk-rich-text" data-block-id="b0"><div class="bk-rich-section"><b>見出し&lt;b&gt;</b></div>' +
        '<blockquote class="bk-rich-quote">研修（<b>84</b> 人）<br>（出典）</blockquote></div>',
    );
  });

  it("says so for blocks and elements it does not draw, instead of dropping them", () => {
    expect(
      render([
        { type: "video", alt_text: "x" },
        "junk",
        { type: "actions", elements: [{ type: "static_select" }] },
      ]),
    ).toBe(
      '<div class="bk-unsupported">このプレイグラウンドでは表示できないブロックです（video）</div>' +
        '<div class="bk-unsupported">このプレイグラウンドでは表示できないブロックです（?）</div>' +
        '<div class="bk-actions" data-block-id="b2"><span class="bk-unsupported">未対応の要素（static_select）</span></div>',
    );
  });
});

describe("escaping: nothing the bot sends can inject markup", () => {
  const evil = '"><script>alert(1)</script><img src=x onerror=alert(2)>';

  it("escapes a <script> in every text slot", () => {
    const out = render([
      { type: "header", text: { type: "plain_text", text: evil } },
      { type: "section", text: { type: "mrkdwn", text: evil }, fields: [{ type: "plain_text", text: evil }] },
      {
        type: "context",
        elements: [
          { type: "mrkdwn", text: evil },
          { type: "image", alt_text: evil },
        ],
      },
      { type: evil },
    ]);
    expect(out).not.toMatch(/<script|<img/i);
    expect(out).toContain("&lt;script&gt;");
  });

  it("escapes a <script> in a button's value, action id, block id and text", () => {
    const out = render([
      {
        type: "actions",
        block_id: evil,
        elements: [
          { type: "button", text: { type: "plain_text", text: evil }, action_id: evil, value: evil },
        ],
      },
    ]);
    expect(out).toBe(
      '<div class="bk-actions" data-block-id="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;">' +
        '<button type="button" class="bk-button bk-button-default" ' +
        'data-action-id="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;" ' +
        'data-value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;" ' +
        'data-block-id="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;">' +
        '<span class="plain">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;</span></button></div>',
    );
  });

  it("ignores a style that is not Slack's", () => {
    const out = render([
      {
        type: "actions",
        elements: [{ type: "button", text: { type: "plain_text", text: "x" }, style: '" onclick="x' }],
      },
    ]);
    expect(out).toContain('class="bk-button bk-button-default"');
    expect(out).not.toContain("onclick");
  });
});

describe("renderMessage", () => {
  it("shows blocks when there are any, and the text as mrkdwn otherwise", () => {
    expect(renderMessage({ text: "通知用", blocks: [{ type: "divider" }] }).value).toBe(
      '<hr class="bk-divider">',
    );
    expect(renderMessage({ text: "*こんにちは* &lt;x&gt;" }).value).toBe(
      '<div class="bk-section"><div class="bk-text mrkdwn"><b>こんにちは</b> &lt;x&gt;</div></div>',
    );
    expect(renderMessage({ text: 42, blocks: "nope" }).value).toBe(
      '<div class="bk-section"><div class="bk-text mrkdwn"></div></div>',
    );
  });
});

describe("findButton", () => {
  const blocks = [
    {
      type: "section",
      text: { type: "mrkdwn", text: "x" },
      accessory: { type: "button", action_id: "a", value: "1" },
    },
    { type: "actions", block_id: "acts", elements: [{ type: "button", action_id: "b", value: "2" }] },
  ];

  it("finds a button by the block id the page saw (Slack's or the fallback) and its action id", () => {
    expect(findButton(blocks, "b0", "a")).toEqual({ type: "button", action_id: "a", value: "1" });
    expect(findButton(blocks, "acts", "b")).toEqual({ type: "button", action_id: "b", value: "2" });
    expect(findButton(blocks, "acts", "a")).toBeUndefined();
  });
});
