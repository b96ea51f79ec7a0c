/**
 * `/plan <question or number>`, `/plan list`, `/plan 遅れ`, `/plan help`, `/plan 報告 18` (the report modal; without
 * a number, the person's own items), and for admins `/plan reload`, `/plan remind`, `/plan 未回答` (the questions the
 * bot could not answer) and `/plan 報告一覧` (reports waiting for review). Answers are ephemeral (only the asker sees them) with a 「チャンネルに共有」 button, because a
 * slash command is often typed to check something before talking about it.
 *
 * Slack wants an ack within 3 seconds. An answer takes well under a millisecond to build, so it goes in the ack
 * itself: one HTTP exchange instead of two, and the person sees it a round trip sooner. Only the slow admin
 * commands (reload, the reminder dry run) ack first and answer through response_url.
 */
import type { AllMiddlewareArgs, Logger, SlackCommandMiddlewareArgs, webApi } from "@slack/bolt";
import { itemNumberReference } from "../../ask/item-number.ts";
import { itemsOwnedBy } from "../../reports/access.ts";
import { UNANSWERED_KINDS } from "../../state/question-log.ts";
import { actions, type Block, escapeMrkdwn, section, unescapeSlackText } from "../../views/blocks.ts";
import { reportButton } from "../../views/report-modal.ts";
import { pendingReportsMessage } from "../../views/report-review.ts";
import { unansweredMessage } from "../../views/unanswered.ts";
import type { BotDeps } from "../deps.ts";
import { recordUnanswered } from "../record-question.ts";
import { commandAnswerMessage } from "../reply.ts";
import { accessContext, NOT_SET_UP, openReportModal } from "../reports.ts";

const ADMIN_ONLY = "このコマンドは管理者（ADMIN_USER_IDS に登録された人）だけが使えます。";
/** /plan 未回答 looks this far back and lists at most this many questions. */
const UNANSWERED_DAYS = 30;
const UNANSWERED_LIMIT = 20;
const DAY_MS = 24 * 60 * 60 * 1000;

export function planCommandCallback(deps: BotDeps) {
  return async ({
    command,
    ack,
    respond,
    client,
    logger,
  }: AllMiddlewareArgs & SlackCommandMiddlewareArgs) => {
    const text = unescapeSlackText(command.text).trim();
    const sub = text.normalize("NFKC").toLowerCase();
    const isAdmin = deps.adminUserIds.includes(command.user_id);
    if (sub === "未回答" || sub === "unanswered") {
      // A quick read of at most a few dozen rows: answered in the ack, like a question.
      if (!isAdmin) return void (await ack({ response_type: "ephemeral", text: ADMIN_ONLY }));
      return void (await ack({ response_type: "ephemeral", ...unansweredReport(deps, logger) }));
    }
    // 「報告」 alone, 「報告一覧」, or 「報告」 and an item number; anything else after 報告 (「報告書の…」) is a question.
    const report = /^(?:報告|report)\s*(一覧|list)?\s*(.*)$/s.exec(sub);
    const reportItem = report?.[2] ? itemNumberReference(report[2]) : null;
    if (report && (!report[2] || reportItem !== null)) {
      if (report[1] && !report[2]) {
        if (!isAdmin) return void (await ack({ response_type: "ephemeral", text: ADMIN_ONLY }));
        return void (await ack({ response_type: "ephemeral", ...pendingList(deps, logger) }));
      }
      if (reportItem === null) {
        return void (await ack({
          response_type: "ephemeral",
          ...(await myItems(deps, client, command.user_id)),
        }));
      }
      await ack();
      await openReportModal(deps, client, logger, {
        triggerId: command.trigger_id,
        userId: command.user_id,
        item: reportItem,
      });
      return;
    }
    if (sub !== "reload" && sub !== "remind") {
      const answer = deps.plans.answerer.answer(text);
      deps.metrics?.answered(answer.kind);
      await ack({ response_type: "ephemeral", ...commandAnswerMessage(deps, answer, text, logger) });
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

/** `/plan 報告一覧`: the reports waiting for review. */
function pendingList(deps: BotDeps, logger: Logger): { text: string; blocks?: Block[] } {
  if (!deps.reports) return { text: NOT_SET_UP };
  try {
    return pendingReportsMessage(deps.plans.plan, deps.reports.store.pending());
  } catch (err) {
    logger.warn("報告の一覧を読めませんでした", err);
    return { text: "報告の一覧を読めませんでした。しばらくしてからもう一度試してください。" };
  }
}

/** `/plan 報告` without a number: the person's own items, each with its button. */
async function myItems(
  deps: BotDeps,
  client: webApi.WebClient,
  userId: string,
): Promise<{ text: string; blocks?: Block[] }> {
  if (!deps.reports) return { text: NOT_SET_UP };
  const usage = "報告する項目の番号を付けてください（例: /plan 報告 16）。";
  const mine = await itemsOwnedBy(deps.plans.plan, userId, accessContext(deps, client)).catch(() => []);
  if (mine.length === 0) {
    return {
      text: `${usage}\nあなたは data/owners.yml でどの記入担当課の担当者にもなっていません。登録は行政管理課に依頼してください。`,
    };
  }
  const blocks: Block[] = [section(escapeMrkdwn(`${usage}\nあなたの担当項目:`))];
  for (const item of mine.slice(0, 20)) {
    blocks.push(
      section(`*No.${item.number} ${escapeMrkdwn(item.title)}*`),
      actions([reportButton(item.number)]),
    );
  }
  return { text: usage, blocks };
}
