/**
 * The digest message: exact Block Kit for a real digest, escaping of anything from the data, and Slack's limits
 * (50 blocks, 3,000 characters a section, unique action ids) however many items or however long a sentence.
 */
import { describe, expect, it } from "vitest";
import type { PlanItem } from "../../src/plan/model.ts";
import { type Digest, planReminders } from "../../src/reminders/digests.ts";
import { parseSnoozeValue } from "../../src/reminders/snooze.ts";
import { ACTION, actionPattern } from "../../src/views/action-ids.ts";
import { reminderDigestMessage } from "../../src/views/reminder-digest.ts";
import { OWNERS_YAML, ownersFrom, plan, REMINDER_CHANNEL } from "../reminders/fixtures.ts";

const planned = planReminders({
  plan,
  owners: ownersFrom(OWNERS_YAML),
  week: "2026-W48",
  reminderChannel: REMINDER_CHANNEL,
  snoozes: [{ recipient: "UNOZEI01", item: 17 }],
});
const digestOf = (key: string) => planned.digests.find((d) => d.key === key) as Digest;

const button = (text: string, action_id: string, value: string) => ({
  type: "button",
  text: { type: "plain_text", text, emoji: true },
  action_id,
  value,
});

describe("reminderDigestMessage", () => {
  it("names a one-department digest's department once, in the intro, not again on each item (issue 15)", () => {
    const one = planReminders({
      plan,
      owners: ownersFrom("departments:\n  納税課:\n    users: [UNOZEI01]\n"),
      week: "2026-W48",
      reminderChannel: null,
      snoozes: [],
    }).digests.find((d) => d.key === "UNOZEI01") as Digest;
    const text = JSON.stringify(reminderDigestMessage(one, plan.meta).blocks);
    expect(text.match(/担当課: 納税課/g)).toHaveLength(1);
    expect(text).not.toContain("担当: ");
  });

  it("renders a person's digest: figures where the report has them, the 総評 sentence where not", () => {
    expect(reminderDigestMessage(digestOf("UNOZEI01"), plan.meta)).toEqual({
      text: "目標に届いていない取組が 2 件あります: No.14 施設総量の適正化の推進、No.16 滞納整理の推進",
      blocks: [
        {
          type: "header",
          text: { type: "plain_text", text: "目標に届いていない取組のお知らせ（2件）", emoji: true },
        },
        {
          type: "section",
          text: {
            type: "mrkdwn",
            text: "令和5年度の実績で目標に届いていない取組です。進み具合の確認と、必要な対応をお願いします。\n担当課: 財政課、納税課",
          },
        },
        { type: "divider" },
        {
          type: "section",
          text: {
            type: "mrkdwn",
            text: "*No.14 施設総量の適正化の推進*\n担当課: 財政課\n>「各施設における統廃合を検討する判断基準については，統一的な基準を検討しているが，各施設・各地域の状況が異なることから，令和 5 年度に策定することはできなかったため，引き続き検討を行う。」",
          },
        },
        {
          type: "actions",
          elements: [
            button("詳細", "show_item_detail:14", "14"),
            button("1週間スヌーズ", "snooze_item:14", '{"item":14,"recipient":"UNOZEI01","week":"2026-W48"}'),
            button("進捗を報告", "open_report:14", "14"),
          ],
        },
        { type: "divider" },
        {
          type: "section",
          text: {
            type: "mrkdwn",
            text: "*No.16 滞納整理の推進*\n担当課: 納税課\n• 滞納額の縮減効果: 目標 44,400 千円 ／ 実績 30,885,000 円 ／ 達成率 69.6%",
          },
        },
        {
          type: "actions",
          elements: [
            button("詳細", "show_item_detail:16", "16"),
            button("1週間スヌーズ", "snooze_item:16", '{"item":16,"recipient":"UNOZEI01","week":"2026-W48"}'),
            button("進捗を報告", "open_report:16", "16"),
          ],
        },
        {
          type: "context",
          elements: [
            {
              type: "mrkdwn",
              text: "出典: 第６次集中改革プラン取組実績一覧(令和５年度実績) ／ データ更新日: 2026-11-24\n「1週間スヌーズ」を押すと、その項目を次回のお知らせから外します。",
            },
          ],
        },
      ],
    });
  });

  it("names the departments without owners in REMINDER_CHANNEL's digest", () => {
    const { blocks } = reminderDigestMessage(digestOf(REMINDER_CHANNEL), plan.meta);
    expect(JSON.stringify(blocks[1])).toContain(
      "通知先が設定されていない課の分をこのチャンネルにお知らせしています: 政策課、秘書広報課。",
    );
    expect(JSON.stringify(blocks[3])).toContain("担当課: 政策課（通知先未設定）、秘書広報課（通知先未設定）");
  });

  it("escapes &, < and > from the data, so nothing in a title can ping a channel", () => {
    const base = digestOf("UNOZEI01");
    const first = base.entries[0] as Digest["entries"][number];
    const hostile: Digest = {
      ...base,
      entries: [
        {
          ...first,
          item: {
            ...first.item,
            title: "<!channel> 施設 & <@U999>",
            current: { ...first.item.current, quote: "a > b <!here>" },
          },
        },
      ],
    };
    const message = reminderDigestMessage(hostile, plan.meta);
    const all = JSON.stringify(message);
    expect(all).not.toMatch(/<!channel>|<!here>|<@U999>/);
    expect(all).toContain("&lt;!channel&gt; 施設 &amp; &lt;@U999&gt;");
    expect(all).toContain("a &gt; b &lt;!here&gt;");
    expect(message.text).toContain("&lt;!channel&gt;");
  });

  it("cuts a long 総評 sentence at 3,000 characters with a pointer to 「詳細」", () => {
    const base = digestOf("UNOZEI01");
    const first = base.entries[0] as Digest["entries"][number];
    const long: Digest = {
      ...base,
      entries: [
        { ...first, item: { ...first.item, current: { ...first.item.current, quote: "あ".repeat(5000) } } },
      ],
    };
    const section = reminderDigestMessage(long, plan.meta).blocks[3] as { text: { text: string } };
    expect([...section.text.text].length).toBeLessThanOrEqual(3000);
    expect(section.text.text.endsWith("…（続きは「詳細」で）")).toBe(true);
  });

  it("stays within 50 blocks with many items, listing the ones that did not fit", () => {
    const template = digestOf("UNOZEI01").entries[0] as Digest["entries"][number];
    const items = Array.from({ length: 30 }, (_, i) => ({
      ...template,
      item: { ...template.item, number: i + 1, title: `取組${i + 1}` } as PlanItem,
    }));
    const message = reminderDigestMessage({ ...digestOf("UNOZEI01"), entries: items }, plan.meta);
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    const ids = message.blocks.flatMap((b) =>
      b.type === "actions" ? b.elements.map((e) => (e as { action_id: string }).action_id) : [],
    );
    expect(new Set(ids).size).toBe(ids.length);
    const shown = ids.filter((id) => actionPattern(ACTION.snoozeItem).test(id)).length;
    const overflow = JSON.stringify(message.blocks.at(-2));
    expect(overflow).toContain(`ほかに ${30 - shown} 件あります`);
    expect(overflow).toContain("No.30 取組30");
    expect(message.text).toContain("30 件");
  });
});

/** Every mrkdwn string of a message's blocks. */
function mrkdwnTexts(blocks: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      const o = node as Record<string, unknown>;
      if (o.type === "mrkdwn" && typeof o.text === "string") out.push(o.text);
      Object.values(o).forEach(walk);
    }
  };
  walk(blocks);
  return out;
}

/**
 * Slack reads `*` as bold only next to a space, a line break or ASCII punctuation: an opening marker after a
 * letter or full-width punctuation, or a closing one before them (`*太字*（`), shows the asterisks.
 */
function misplacedBold(text: string): string[] {
  const bad: string[] = [];
  for (const m of text.matchAll(/\*[^*\n]+\*/g)) {
    const before = text[m.index - 1];
    const after = text[m.index + m[0].length];
    const ok = (c: string | undefined) => c === undefined || /[\s!-/:-@[-`{-~]/.test(c);
    if (!ok(before) || !ok(after)) bad.push(text.slice(Math.max(0, m.index - 2), m.index + m[0].length + 2));
  }
  return bad;
}

describe("mrkdwn bold", () => {
  it("never touches full-width text outside its markers, in any part of a digest", () => {
    const template = digestOf("UNOZEI01").entries[0] as Digest["entries"][number];
    const many = Array.from({ length: 30 }, (_, i) => ({
      ...template,
      item: { ...template.item, number: i + 1, title: `取組${i + 1}` } as PlanItem,
    }));
    const digests = [...planned.digests, { ...digestOf("UNOZEI01"), entries: many }];
    for (const d of digests) {
      for (const text of mrkdwnTexts(reminderDigestMessage(d, plan.meta).blocks)) {
        expect(misplacedBold(text), text).toEqual([]);
      }
    }
  });

  it("the checker itself catches the shapes Slack shows as asterisks", () => {
    expect(misplacedBold("*ほかに 3 件あります*（各項目")).toHaveLength(1);
    expect(misplacedBold("これは*太字*です")).toHaveLength(1);
    expect(misplacedBold("*No.14 施設*\n担当")).toEqual([]);
  });
});

describe("parseSnoozeValue", () => {
  it("reads back what the button carries", () => {
    expect(parseSnoozeValue('{"item":16,"recipient":"UNOZEI01","week":"2026-W48"}')).toEqual({
      item: 16,
      recipient: "UNOZEI01",
      week: "2026-W48",
    });
  });

  it.each([
    "",
    "16",
    "null",
    '{"item":"16","recipient":"U1","week":"2026-W48"}',
    '{"item":0,"recipient":"U1","week":"2026-W48"}',
    '{"item":16,"recipient":"","week":"2026-W48"}',
    '{"item":16,"recipient":"U1","week":"2026-48"}',
  ])("refuses %j", (value) => {
    expect(parseSnoozeValue(value)).toBeNull();
  });
});
