/**
 * `/plan <question or number>`, `/plan list`, `/plan 遅れ`, `/plan help`, and for admins `/plan reload`,
 * `/plan remind` and `/plan 未回答` (the questions the bot could not answer). Answers are ephemeral (only the asker sees them) with a 「チャンネルに共有」 button, because a
 * slash command is often typed to check something before talking about it.
 *
 * Slack wants an ack within 3 seconds. An answer takes well under a millisecond to build, so it goes in the ack
 * itself: one HTTP exchange instead of two, and the person sees it a round trip sooner. Only the slow admin
 * commands (reload, the reminder dry run) ack first and answer through response_url.
 */
import type { AllMiddlewareArgs, Logger, SlackCommandMiddlewareArgs } from "@slack/bolt";
import { UNANSWERED_KINDS } from "../../state/question-log.ts";
import { answerMessage } from "../../views/answer-message.ts";
import { type Block, escapeMrkdwn, section, unescapeSlackText } from "../../views/blocks.ts";
import { unansweredMessage } from "../../views/unanswered.ts";
import type { BotDeps } from "../deps.ts";
import { recordUnanswered, withFeedback } from "../record-question.ts";

const ADMIN_ONLY = "このコマンドは管理者（ADMIN_USER_IDS に登録された人）だけが使えます。";
/** /plan 未回答 looks this far back and lists at most this many questions. */
const UNANSWERED_DAYS = 30;
const UNANSWERED_LIMIT = 20;
const DAY_MS = 24 * 60 * 60 * 1000;

export function planCommandCallback(deps: BotDeps) {
  return async ({ command, ack, respond, logger }: AllMiddlewareArgs & SlackCommandMiddlewareArgs) => {
    const text = unescapeSlackText(command.text).trim();
    const sub = text.normalize("NFKC").toLowerCase();
    const isAdmin = deps.adminUserIds.includes(command.user_id);
    if (sub === "未回答" || sub === "unanswered") {
      // A quick read of at most a few dozen rows: answered in the ack, like a question.
      if (!isAdmin) return void (await ack({ response_type: "ephemeral", text: ADMIN_ONLY }));
      return void (await ack({ response_type: "ephemeral", ...unansweredReport(deps, logger) }));
    }
    if (sub !== "reload" && sub !== "remind") {
      const answer = deps.plans.answerer.answer(text);
      deps.metrics?.answered(answer.kind);
      const message = answerMessage(
        answer,
        deps.plans.plan.meta,
        answer.kind === "help" ? {} : { shareQuery: text },
      );
      await ack({ response_type: "ephemeral", ...withFeedback(message, answer, text) });
      // After the ack: the answer is not kept waiting for the disk.
      recordUnanswered(deps.questionLog, logger, answer, text, "command", command.user_id);
      return;
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

function unansweredReport(deps: BotDeps, logger: Logger): { text: string; blocks?: Block[] } {
  if (!deps.questionLog) return { text: "未回答の質問の記録は設定されていません。" };
  const since = new Date((deps.clock?.() ?? new Date()).getTime() - UNANSWERED_DAYS * DAY_MS);
  try {
    return unansweredMessage({
      days: UNANSWERED_DAYS,
      questions: deps.questionLog.entries({ since, kinds: UNANSWERED_KINDS, limit: UNANSWERED_LIMIT }),
      feedback: deps.questionLog.feedbackCounts(since),
      titles: new Map(deps.plans.plan.items.map((i) => [i.number, i.title])),
    });
  } catch (err) {
    logger.warn("未回答の質問の記録を読めませんでした", err);
    return { text: "未回答の質問の記録を読めませんでした。しばらくしてからもう一度試してください。" };
  }
}
