/**
 * `/plan <question or number>`, `/plan list`, `/plan 遅れ`, `/plan help`, and for admins `/plan reload` and
 * `/plan remind`. Answers are ephemeral (only the asker sees them) with a 「チャンネルに共有」 button, because a
 * slash command is often typed to check something before talking about it.
 *
 * Slack wants an ack within 3 seconds. An answer takes well under a millisecond to build, so it goes in the ack
 * itself: one HTTP exchange instead of two, and the person sees it a round trip sooner. Only the slow admin
 * commands (reload, the reminder dry run) ack first and answer through response_url.
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from "@slack/bolt";
import { answerMessage } from "../../views/answer-message.ts";
import { escapeMrkdwn, section, unescapeSlackText } from "../../views/blocks.ts";
import type { BotDeps } from "../deps.ts";

const ADMIN_ONLY = "このコマンドは管理者（ADMIN_USER_IDS に登録された人）だけが使えます。";

export function planCommandCallback(deps: BotDeps) {
  return async ({ command, ack, respond, logger }: AllMiddlewareArgs & SlackCommandMiddlewareArgs) => {
    const text = unescapeSlackText(command.text).trim();
    const sub = text.normalize("NFKC").toLowerCase();
    const isAdmin = deps.adminUserIds.includes(command.user_id);
    if (sub !== "reload" && sub !== "remind") {
      const answer = deps.plans.answerer.answer(text);
      const message = answerMessage(
        answer,
        deps.plans.plan.meta,
        answer.kind === "help" ? {} : { shareQuery: text },
      );
      return void (await ack({ response_type: "ephemeral", ...message }));
    }
    await ack();

    if (sub === "reload") {
      if (!isAdmin) return void (await respond({ response_type: "ephemeral", text: ADMIN_ONLY }));
      const result = deps.plans.reload();
      if (result.ok) {
        logger.info(`data/ を読み直しました（${command.user_id}）: ${result.plan.items.length} 項目`);
        return void (await respond({
          response_type: "ephemeral",
          text: `データを読み直しました: ${result.plan.items.length} 項目（データ更新日 ${result.plan.meta.data_as_of}）`,
        }));
      }
      logger.warn(`data/ の読み直しを中止しました（前のデータで動作を続けます）:\n${result.error.message}`);
      const message = `新しいデータに誤りがあるため読み直しを中止しました。前のデータで答え続けています。\n${result.error.message}`;
      return void (await respond({
        response_type: "ephemeral",
        text: message,
        blocks: [section(`\`\`\`${escapeMrkdwn(message)}\`\`\``, "…```")],
      }));
    }

    if (sub === "remind") {
      if (!isAdmin) return void (await respond({ response_type: "ephemeral", text: ADMIN_ONLY }));
      if (!deps.reminders)
        return void (await respond({
          response_type: "ephemeral",
          text: "リマインダーは設定されていません。",
        }));
      const preview = await deps.reminders.dryRunMessage();
      return void (await respond({ response_type: "ephemeral", ...preview }));
    }
  };
}
