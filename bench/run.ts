/**
 * `npm run bench`: how fast the bot is, measured (never asserted in tests: these machines are shared).
 *
 * 1. The matcher: latency per question over the real plan and over a generated plan of 5,000 items, and the
 *    time to build each index. Questions are the evaluation set (tests/ask/eval-questions.yml).
 * 2. The /plan ack over loopback: the real app against a bare Bolt app that acks a static text, both over
 *    HTTP with signed requests, as a ratio.
 *
 * Goals (2-core machine): matcher p99 ≤ 1 ms (real plan), ≤ 20 ms (5,000 items); ack p50 ≤ 1.5×, p99 ≤ 2× bare.
 */

import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { cpus } from "node:os";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import { App, HTTPReceiver } from "@slack/bolt";
import { parse } from "yaml";
import { startBot } from "../src/app.ts";
import { createAnswerer } from "../src/ask/answer.ts";
import { PlanStore } from "../src/ask/plan-store.ts";
import { MemoryDeduplicator } from "../src/listeners/deps.ts";
import { createLogger } from "../src/logger.ts";
import { loadPlan } from "../src/plan/load.ts";
import { buildPlan } from "../src/plan/model.ts";
import type { ItemFile } from "../src/plan/schema.ts";
import { SlackWebApiStandIn } from "../tests/support/web-api-stand-in.ts";

const root = resolve(import.meta.dirname, "..");
const questions = (
  parse(readFileSync(resolve(root, "tests/ask/eval-questions.yml"), "utf8")) as { q: string }[]
).map((x) => x.q);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}
const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);

function benchMatcher(label: string, plan: ReturnType<typeof loadPlan>, rounds: number): void {
  const t0 = performance.now();
  const answerer = createAnswerer(plan);
  const build = performance.now() - t0;
  for (const q of questions) answerer.answer(q); // warm-up
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const s = performance.now();
      answerer.answer(q);
      samples.push(performance.now() - s);
    }
  }
  samples.sort((a, b) => a - b);
  console.log(
    `matcher ${label}: ${plan.items.length} items, index built in ${fmt(build)}; per question p50 ${fmt(percentile(samples, 50))}, p99 ${fmt(percentile(samples, 99))}, max ${fmt(samples.at(-1) as number)} (${samples.length} answers)`,
  );
}

/** 5,000 items made from the real ones: titles, aliases and keywords recombined, so they share vocabulary. */
function generatedPlan(real: ReturnType<typeof loadPlan>, size: number) {
  const words = [...new Set(real.items.flatMap((i) => [...i.aliases, ...i.keywords]))];
  const files: ItemFile[] = [];
  for (let n = 1; n <= size; n++) {
    const base = real.items[n % real.items.length] as ItemFile;
    const pick = (k: number) => words[(n * 31 + k * 17) % words.length] as string;
    files.push({
      ...base,
      number: n,
      title: `${pick(1)}と${base.title}（第${n}期）`,
      aliases: [pick(2), pick(3)],
      keywords: [pick(4), pick(5), pick(6)],
      assessments: base.assessments,
    });
  }
  return buildPlan(real.meta, files);
}

/**
 * The load generator runs on a worker thread: with client and server on one event loop, the server's work after
 * its ack (building the answer) would delay the client's reading of the ack and be counted as ack latency.
 * It sends `count` signed /plan requests one after another, pausing `pauseMs` between them, and returns each
 * request's time to ack.
 */
const CLIENT = `
const { parentPort, workerData } = require("node:worker_threads");
const { createHmac } = require("node:crypto");
const { performance } = require("node:perf_hooks");
(async () => {
  const { url, secret, count, responseUrl, pauseMs } = workerData;
  const samples = [];
  for (let i = 0; i < count + 20; i++) {
    const body = new URLSearchParams({ command: "/plan", text: "18", user_id: "UBENCH", channel_id: "CBENCH", response_url: responseUrl, team_id: "T0000", trigger_id: "bench." + i + "." + Math.random().toString(36).slice(2) }).toString();
    const ts = Math.floor(Date.now() / 1000);
    const sig = "v0=" + createHmac("sha256", secret).update("v0:" + ts + ":" + body).digest("hex");
    const s = performance.now();
    const res = await fetch(url, { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded", "x-slack-request-timestamp": String(ts), "x-slack-signature": sig } });
    await res.text();
    if (res.status !== 200) throw new Error("status " + res.status);
    if (i >= 20) samples.push(performance.now() - s);
    await new Promise((r) => setTimeout(r, pauseMs));
  }
  parentPort.postMessage(samples);
})();
`;

function timeRequests(url: string, secret: string, count: number, responseUrl: string): Promise<number[]> {
  const pauseMs = Number(process.env.BENCH_PAUSE_MS ?? 2);
  return new Promise((resolvePromise, reject) => {
    const worker = new Worker(CLIENT, {
      eval: true,
      workerData: { url, secret, count, responseUrl, pauseMs },
    });
    worker.once("message", (samples: number[]) => {
      void worker.terminate();
      resolvePromise(samples);
    });
    worker.once("error", reject);
  });
}

async function benchAck(count: number): Promise<void> {
  const secret = "bench-signing-secret";
  const logger = createLogger({ level: "error" });
  const standIn = await new SlackWebApiStandIn().start();

  const bot = await startBot({
    mode: "http",
    botToken: "xoxb-bench",
    signingSecret: secret,
    slackApiUrl: standIn.apiUrl,
    port: 0,
    host: "127.0.0.1",
    logger,
    deps: {
      plans: new PlanStore(resolve(root, "data")),
      adminUserIds: [],
      listenChannels: [],
      dedupe: new MemoryDeduplicator(),
    },
  });

  // The baseline: a bare Bolt app that acks with a static text, behind a plain http.Server like ours.
  const receiver = new HTTPReceiver({ signingSecret: secret, logger });
  const bare = new App({
    token: "xoxb-bench",
    receiver,
    logger,
    clientOptions: { slackApiUrl: standIn.apiUrl },
  });
  bare.command("/plan", async ({ ack }) => {
    await ack("ok");
  });
  const server = createServer((req, res) => receiver.requestListener(req, res));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const bareUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;

  const responseUrl = standIn.responseUrl("bench");
  // Interleave rounds so that noise from other load on the machine falls on both alike.
  const ours: number[] = [];
  const base: number[] = [];
  for (let round = 0; round < 5; round++) {
    base.push(...(await timeRequests(bareUrl, secret, count / 5, responseUrl)));
    ours.push(...(await timeRequests(bot.url as string, secret, count / 5, responseUrl)));
  }
  ours.sort((a, b) => a - b);
  base.sort((a, b) => a - b);
  const p = (xs: number[], q: number) => percentile(xs, q);
  console.log(
    `ack /plan (bare Bolt, static text): p50 ${fmt(p(base, 50))}, p99 ${fmt(p(base, 99))} (${base.length} requests)`,
  );
  console.log(
    `ack /plan (this bot):               p50 ${fmt(p(ours, 50))}, p99 ${fmt(p(ours, 99))} (${ours.length} requests)`,
  );
  console.log(
    `ratio: p50 ${(p(ours, 50) / p(base, 50)).toFixed(2)}× (goal ≤ 1.5×), p99 ${(p(ours, 99) / p(base, 99)).toFixed(2)}× (goal ≤ 2×)`,
  );

  await bot.stop();
  await new Promise<void>((r) => server.close(() => r()));
  await standIn.stop();
}

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, Node ${process.version}`);
const real = loadPlan(resolve(root, "data"));
if (!process.env.BENCH_ACK_ONLY) {
  benchMatcher("real plan", real, 50);
  // Growth with the plan's size: index build and p99 must grow at most linearly (issue 14).
  for (const size of (process.env.BENCH_SIZES ?? "500,5000,20000").split(",").map(Number)) {
    benchMatcher("generated", generatedPlan(real, size), size > 5000 ? 1 : 3);
  }
}
if (!process.env.BENCH_MATCHER_ONLY) await benchAck(1000);
