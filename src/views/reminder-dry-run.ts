/**
 * `/plan remind`'s dry run for an admin: what goes out this week, or what is wrong with owners.yml, as an
 * ephemeral message. Everything from the files is escaped and shown in code blocks where it is an error.
 */
import type { DryRunReport, ReminderRenderers } from "../reminders/digests.ts";
import { type Block, escapeMrkdwn, header, section, sections } from "./blocks.ts";
import { reminderDigestMessage } from "./reminder-digest.ts";

export function reminderDryRunMessage(report: DryRunReport): { text: string; blocks: Block[] } {
  const title = header("今週のお知らせ（確認用）");
  if (report.problem?.kind === "invalid") {
    const lead = `${report.ownersFile} に誤りがあるため、お知らせを送っていません。次の点を直してください（直せば再起動しなくても1分以内に読み直します）。`;
    return {
      text: `${lead}\n${report.problem.message}`,
      blocks: [
        title,
        section(escapeMrkdwn(lead)),
        section(`\`\`\`${escapeMrkdwn(report.problem.message)}\`\`\``, "…```"),
      ],
    };
  }
  if (!report.problem) return { text: report.text, blocks: [title, ...sections(escapeMrkdwn(report.text))] };
  const warning = `:warning: ${report.ownersFile} の新しい内容に誤りがあるため、前の正しい内容で送ります。\n${report.problem.message}`;
  return {
    text: `${warning}\n\n${report.text}`,
    blocks: [title, ...sections(escapeMrkdwn(warning)), ...sections(escapeMrkdwn(report.text))],
  };
}

/** The views for reminders, as the reminder service takes them. */
export const reminderRenderers: ReminderRenderers = { digest: reminderDigestMessage };
