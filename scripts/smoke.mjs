/**
 * Smoke run of the compiled bot, as CI runs it under each Node it supports and on a production-style install:
 * starts `node dist/main.js` in HTTP mode against a loopback stand-in for the Web API (made-up token and signing
 * secret, nothing leaves the machine), checks /healthz, sends ONE correctly signed `/plan 18`, expects the answer
 * to name 「ふるさと納税」, checks /metrics counted the ack, and stops the bot with SIGTERM. Exit 0 or 1, with a
 * hard time limit.
 *
 *   node scripts/smoke.mjs [--node <node binary>] [--dir <install to run, default this repository>]
 */
import { spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: { node: { type: "string" }, dir: { type: "string" }, "time-limit": { type: "string" } },
});
const NODE = values.node ?? process.execPath;
const DIR = resolve(values.dir ?? join(dirname(new URL(import.meta.url).pathname), ".."));
const TIME_LIMIT_MS = Number(values["time-limit"] ?? 60_000);
const SECRET = "smoke-signing-secret-0123456789";
const TOKEN = "xoxb-0000-0000-smoketest";

const state = mkdtempSync(join(tmpdir(), "plan-bot-smoke-"));
let child;
let standIn;

function finish(code, message) {
  console.log(`${code === 0 ? "smoke OK" : "smoke FAILED"}: ${message}`);
  child?.kill("SIGKILL");
  standIn?.close();
  rmSync(state, { recursive: true, force: true });
  process.exit(code);
}

const hardStop = setTimeout(() => finish(1, `no result within ${TIME_LIMIT_MS} ms`), TIME_LIMIT_MS);

/** The Web API stand-in: every method answers ok (auth.test with a bot identity). */
standIn = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ ok: true, user_id: "UBOTSMOKE", team_id: "TSMOKE", bot_id: "BSMOKE" }));
  });
});
await new Promise((r) => standIn.listen(0, "127.0.0.1", r));
const apiUrl = `http://127.0.0.1:${standIn.address().port}/api/`;

const version = await new Promise((resolveVersion) => {
  const v = spawn(NODE, ["--version"]);
  let out = "";
  v.stdout.on("data", (d) => {
    out += d;
  });
  v.on("close", () => resolveVersion(out.trim()));
});
const started = performance.now();
child = spawn(NODE, ["dist/main.js"], {
  cwd: DIR,
  env: {
    PATH: process.env.PATH,
    SLACK_BOT_TOKEN: TOKEN,
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: apiUrl,
    PORT: "0",
    HOST: "127.0.0.1",
    STATE_DB: join(state, "state.db"),
    LOG_FORMAT: "json",
  },
  stdio: ["ignore", "pipe", "pipe"],
});
let logs = "";
child.stderr.on("data", (d) => {
  logs += d;
});
child.on("exit", (code, signal) => {
  if (!stopping) finish(1, `the bot exited early (${code ?? signal})\n${logs}`);
});
let stopping = false;

const url = await new Promise((resolveUrl) => {
  let out = "";
  child.stdout.on("data", (d) => {
    out += d;
    logs += d;
    const found = out.match(/http:\/\/127\.0\.0\.1:\d+\/slack\/events/);
    if (found) resolveUrl(found[0]);
  });
});
const listeningMs = Math.round(performance.now() - started);
const origin = url.replace("/slack/events", "");

try {
  const health = await (await fetch(`${origin}/healthz`)).json();
  if (health.status !== "ok" || health.mode !== "http") finish(1, `/healthz said ${JSON.stringify(health)}`);

  const body = new URLSearchParams({
    command: "/plan",
    text: "18",
    user_id: "USMOKE01",
    channel_id: "CSMOKE001",
    team_id: "TSMOKE",
    response_url: `${apiUrl}response/smoke`,
    trigger_id: "smoke.trigger",
  }).toString();
  const ts = Math.floor(Date.now() / 1000);
  const sig = `v0=${createHmac("sha256", SECRET).update(`v0:${ts}:${body}`).digest("hex")}`;
  const res = await fetch(url, {
    method: "POST",
    body,
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "x-slack-request-timestamp": String(ts),
      "x-slack-signature": sig,
    },
  });
  const answer = await res.text();
  if (res.status !== 200 || !answer.includes("ふるさと納税"))
    finish(1, `/plan 18 answered ${res.status}: ${answer.slice(0, 300)}`);

  const metrics = await (await fetch(`${origin}/metrics`)).text();
  if (!metrics.includes("planbot_ack_latency_seconds_count 1\n")) finish(1, "/metrics did not count the ack");
  if (!/^\{"time":"[^"]+","level":"info"/m.test(logs)) finish(1, `no JSON log lines:\n${logs}`);
  if (logs.includes(TOKEN) || logs.includes(SECRET)) finish(1, "a secret reached the log");

  stopping = true;
  const exited = new Promise((r) => child.on("exit", (code) => r(code)));
  child.kill("SIGTERM");
  const code = await exited;
  clearTimeout(hardStop);
  if (code !== 0) finish(1, `the bot exited with ${code} on SIGTERM`);
  child = undefined;
  finish(
    0,
    `Node ${version} in ${DIR}: listening after ${listeningMs} ms, /plan 18 answered, /healthz and /metrics ok`,
  );
} catch (err) {
  finish(1, `${err instanceof Error ? err.message : err}\n${logs}`);
}
