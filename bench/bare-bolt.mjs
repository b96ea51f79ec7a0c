// A bare Bolt 5.1 app doing the bot's two jobs the straightforward way, as the benchmark's baseline: /plan acked
// with a fixed Block Kit answer, a mention answered with chat.postMessage in its thread. Plain JavaScript, so
// that no loader runs in this process. Reads SLACK_SIGNING_SECRET, SLACK_API_URL; prints its port.
import { readFileSync } from "node:fs";
import { App, HTTPReceiver, LogLevel } from "@slack/bolt";

const receiver = new HTTPReceiver({ signingSecret: process.env.SLACK_SIGNING_SECRET });
const app = new App({
  token: "xoxb-bench-bare",
  receiver,
  logLevel: LogLevel.ERROR,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
});
const blocks = [
  { type: "header", text: { type: "plain_text", text: "No.18 公共施設の適正配置" } },
  { type: "section", text: { type: "mrkdwn", text: "*進捗*: 目標に届いていません（令和5年度実績）" } },
  { type: "context", elements: [{ type: "mrkdwn", text: "第6次集中改革プラン" }] },
];
// BARE_PLAN_MESSAGE: a file with the /plan answer to ack with instead (the bot's own card, as for mentions below).
const planMessage = process.env.BARE_PLAN_MESSAGE
  ? JSON.parse(readFileSync(process.env.BARE_PLAN_MESSAGE, "utf8"))
  : { text: "No.18 公共施設の適正配置", blocks };
app.command("/plan", async ({ ack }) => {
  await ack({ response_type: "ephemeral", ...planMessage });
});
// BARE_MENTION_MESSAGE: a file with the message to post instead (the bot's own answer, to tell the cost of its
// size apart from the bot's own work).
const mentionMessage = process.env.BARE_MENTION_MESSAGE
  ? JSON.parse(readFileSync(process.env.BARE_MENTION_MESSAGE, "utf8"))
  : { text: "No.18 公共施設の適正配置", blocks };
app.event("app_mention", async ({ event, client }) => {
  await client.chat.postMessage({
    channel: event.channel,
    thread_ts: event.thread_ts ?? event.ts,
    ...mentionMessage,
  });
});
const server = await app.start({ port: 0, host: "127.0.0.1" });
console.log(`bare-bolt listening ${server.address().port}`);
// Stopped by the bench with SIGTERM when profiled (BENCH_BOT_NODE_ARGS), so that --cpu-prof writes its profile.
process.once("SIGTERM", () => process.exit(0));
