/**
 * The bot against a bare Bolt app (bench/bare-bolt.mjs), both as child processes behind HTTP, fed signed
 * requests at a fixed concurrency, in interleaved batches so that other load on the machine falls on both alike.
 *
 * - Time to answer: for /plan, until the ack's body (the answer) has arrived; for a mention, until the reply's
 *   chat.postMessage reaches the Web API stand-in (in this process).
 * - Server CPU per request: the child's utime + stime from /proc/<pid>/stat (clock ticks, 10 ms) read before and
 *   after each batch, divided by the batch's requests.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { parse } from "yaml";
import { eventCallback, signature } from "../src/playground/slack-requests.ts";
import { SlackWebApiStandIn } from "../tests/support/web-api-stand-in.ts";
import { type Summary, summarize } from "./stats.ts";

const root = resolve(import.meta.dirname, "..");
const SECRET = "bench-signing-secret";
const CLK_TCK = Number(spawnSync("getconf", ["CLK_TCK"]).stdout?.toString().trim() || 100);

export type Kind = "plan" | "mention";

interface Server {
  name: "bot" | "bare";
  child: ChildProcess;
  url: string;
}

export interface HttpRow {
  kind: Kind;
  concurrency: number;
  server: "bot" | "bare";
  answer: Summary;
  cpuMsPerRequest: number;
  requestsPerSecond: number;
}

function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name (which may hold spaces) in parentheses: utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLK_TCK;
}

async function startChild(
  name: Server["name"],
  args: string[],
  env: Record<string, string>,
  portLine: RegExp,
): Promise<Server> {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const port = await new Promise<number>((resolvePort, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${name} did not start:\n${out.slice(-2000)}`));
    }, 60_000);
    const onData = (d: Buffer) => {
      out += String(d);
      const m = portLine.exec(out);
      if (m) {
        clearTimeout(timer);
        resolvePort(Number(m[1]));
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`${name} exited (${code}):\n${out.slice(-2000)}`)));
  });
  return { name, child, url: `http://127.0.0.1:${port}/slack/events` };
}

/** The bot as it runs in production: compiled (dist/) when the build is there and current, else through tsx. */
function botCommand(): { args: string[]; how: string } {
  // BENCH_BOT_MAIN: another build's main.js (an older commit's dist/), to compare two versions of the bot.
  const other = process.env.BENCH_BOT_MAIN;
  if (other) return { args: [other], how: `node ${other}` };
  const built = spawnSync(process.execPath, ["scripts/build.mjs", "--if-needed"], {
    cwd: root,
    stdio: "ignore",
  });
  if (built.status === 0 && existsSync(join(root, "dist/main.js")))
    return { args: ["dist/main.js"], how: "node dist/main.js" };
  return { args: ["--import", "tsx", "src/main.ts"], how: "node --import tsx src/main.ts (no build)" };
}

let sequence = 0;

/**
 * `/plan 18` as Slack sends it. Its response_url is on the stand-in's origin: the bot refuses a command whose
 * response_url is neither Slack's nor its Web API stand-in's (listeners/guards.ts), and until session 9 this
 * bench sent one on another port, so that the bot acked every /plan empty, refused, and logged a warning: the
 * /plan rows measured that refusal, not an answer.
 */
function planRequest(responseOrigin: string): { body: string; type: string } {
  const body = new URLSearchParams({
    token: "unused",
    team_id: "T0000",
    api_app_id: "A0PLANBOT",
    command: "/plan",
    text: "18",
    user_id: "UBENCH",
    channel_id: "CBENCH",
    response_url: `${responseOrigin}/bench/response-url`,
    trigger_id: `bench.${sequence++}`,
  }).toString();
  return { body, type: "application/x-www-form-urlencoded" };
}

/**
 * BENCH_MENTION_QUESTIONS=varied: each mention asks the next of every question in tests/ask/*.yml (about 1,400,
 * more than a run sends, so the bot's recent-answers cache hardly ever helps); by default every mention asks one
 * question, as a channel asking the same thing does.
 */
const mentionQuestions: string[] =
  process.env.BENCH_MENTION_QUESTIONS === "varied"
    ? readdirSync(join(root, "tests/ask"))
        .filter((f) => f.endsWith(".yml"))
        .sort()
        .flatMap((f) =>
          (parse(readFileSync(join(root, "tests/ask", f), "utf8")) as { q: string }[]).map((q) => q.q),
        )
    : ["18 の進み具合は？"];

function mentionRequest(channel: string): { body: string; type: string } {
  const n = sequence++;
  const ts = `${Math.floor(Date.now() / 1000)}.${String(n).padStart(6, "0")}`;
  const question = mentionQuestions[n % mentionQuestions.length] as string;
  const { body } = eventCallback(
    { type: "app_mention", user: "UBENCH", text: `<@UBOT> ${question}`, channel, ts, event_ts: ts },
    { eventId: `EvBench${n}`, nowMs: Date.now() },
  );
  return { body, type: "application/json" };
}

async function send(url: string, req: { body: string; type: string }): Promise<string> {
  const ts = Math.floor(Date.now() / 1000);
  const res = await fetch(url, {
    method: "POST",
    body: req.body,
    headers: {
      "content-type": req.type,
      "x-slack-request-timestamp": String(ts),
      "x-slack-signature": signature(SECRET, ts, req.body),
    },
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`status ${res.status}: ${text.slice(0, 200)}`);
  return text;
}

export async function benchHttp(options: {
  concurrencies: number[];
  rounds: number;
  perBatch: (concurrency: number) => number;
  /**
   * Requests each server answers, per kind, before anything is measured. V8 keeps compiling hot code for the first
   * thousand requests or so, Bolt's and undici's as much as the matcher: with a short warm-up (60, until session 8)
   * both servers were measured while still warming, the bare one more (its CPU per mention fell from ~1.0 to ~0.53 ms
   * over 6,000 requests), and the ratios looked better than they are once the bot has run for a while.
   */
  warmUp: number;
  kinds?: readonly Kind[];
  log?: (line: string) => void;
}): Promise<{ rows: HttpRow[]; botHow: string }> {
  const waiting = new Map<string, () => void>();
  const standIn = await new SlackWebApiStandIn({
    onCall: (call) => {
      if (call.method !== "chat.postMessage") return;
      const done = waiting.get(String(call.args.channel));
      if (done) {
        waiting.delete(String(call.args.channel));
        done();
      }
    },
  }).start();
  const stateDir = mkdtempSync(join(root, ".bench-http-"));
  const bot = botCommand();
  // Node options for both servers, e.g. BENCH_BOT_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" (see below).
  const botNodeArgs = (process.env.BENCH_BOT_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const env = {
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: standIn.apiUrl,
    LOG_LEVEL: "error",
    ...(process.env.BARE_MENTION_MESSAGE ? { BARE_MENTION_MESSAGE: process.env.BARE_MENTION_MESSAGE } : {}),
    ...(process.env.BARE_PLAN_MESSAGE ? { BARE_PLAN_MESSAGE: process.env.BARE_PLAN_MESSAGE } : {}),
  };
  // A server that fails to start must not leave the other running, nor the state directory behind.
  const settled = await Promise.allSettled([
    startChild("bare", [...botNodeArgs, "bench/bare-bolt.mjs"], env, /bare-bolt listening (\d+)/),
    startChild(
      "bot",
      [...botNodeArgs, ...bot.args],
      {
        ...env,
        LOG_LEVEL: "info",
        SLACK_BOT_TOKEN: "xoxb-bench-bot",
        PORT: "0",
        HOST: "127.0.0.1",
        STATE_DB: join(stateDir, "state.db"),
      },
      /HTTP モードで起動しました: http:\/\/[^:]+:(\d+)/,
    ),
  ]);
  const servers = settled.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
  const failed = settled.find((r) => r.status === "rejected");
  if (failed) {
    for (const s of servers) s.child.kill("SIGKILL");
    await standIn.stop();
    rmSync(stateDir, { recursive: true, force: true });
    throw failed.reason;
  }
  const rows: HttpRow[] = [];
  const responseOrigin = new URL(standIn.apiUrl).origin;
  try {
    const one = async (server: Server, kind: Kind): Promise<number> => {
      const start = performance.now();
      if (kind === "plan") {
        const answer = await send(server.url, planRequest(responseOrigin));
        // Both answer /plan 18 with No.18's card in the ack: anything else (an empty ack, a refusal) is not the
        // job being measured, and the run stops rather than report it.
        if (!answer.includes('"No.18 '))
          throw new Error(`${server.name}: /plan 18 の応答が回答ではありません: ${answer.slice(0, 200)}`);
        return performance.now() - start;
      }
      const channel = `CB${sequence}`;
      const replied = new Promise<void>((r) => waiting.set(channel, r));
      await send(server.url, mentionRequest(channel));
      await replied;
      return performance.now() - start;
    };
    const batch = async (server: Server, kind: Kind, concurrency: number, count: number) => {
      const samples: number[] = [];
      let next = 0;
      const pid = server.child.pid as number;
      const cpu0 = cpuMs(pid);
      const t0 = performance.now();
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < count) {
            next++;
            samples.push(await one(server, kind));
          }
        }),
      );
      const wall = performance.now() - t0;
      return { samples, cpu: cpuMs(pid) - cpu0, wall };
    };
    for (const kind of options.kinds ?? (["plan", "mention"] as const)) {
      for (const server of servers) await batch(server, kind, 10, options.warmUp);
      for (const concurrency of options.concurrencies) {
        const count = options.perBatch(concurrency);
        const acc = new Map<Server["name"], { samples: number[]; cpu: number; wall: number; n: number }>();
        for (let round = 0; round < options.rounds; round++) {
          const order = round % 2 === 0 ? servers : [...servers].reverse();
          for (const server of order) {
            const r = await batch(server, kind, concurrency, count);
            const a = acc.get(server.name) ?? { samples: [], cpu: 0, wall: 0, n: 0 };
            a.samples.push(...r.samples);
            a.cpu += r.cpu;
            a.wall += r.wall;
            a.n += r.samples.length;
            acc.set(server.name, a);
          }
        }
        for (const [name, a] of acc) {
          rows.push({
            kind,
            concurrency,
            server: name,
            answer: summarize(a.samples),
            cpuMsPerRequest: a.cpu / a.n,
            requestsPerSecond: (a.n / a.wall) * 1000,
          });
        }
        options.log?.(`  ${kind} c=${concurrency} done`);
      }
    }
  } finally {
    // Profiled servers are stopped as in production (SIGTERM), so that --cpu-prof can write its profile.
    for (const s of servers) {
      if (botNodeArgs.length > 0) {
        const exited = new Promise((r) => s.child.once("exit", r));
        s.child.kill("SIGTERM");
        await exited;
      } else s.child.kill("SIGKILL");
    }
    await standIn.stop();
    rmSync(stateDir, { recursive: true, force: true });
  }
  return { rows, botHow: bot.how };
}
