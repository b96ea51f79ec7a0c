/**
 * The real entry point (`tsx src/main.ts`) in a child process, for tests where the question is whether the
 * process survives: a crash inside the test runner's own process would be caught by the runner and hidden.
 * Also raw HTTP over a socket, for requests `fetch` refuses to send (odd methods, `..` in paths, no
 * Content-Length, oversized headers).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { connect } from "node:net";
import { REPO_ROOT } from "./seed.ts";

export interface ChildBot {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Everything the process printed, both streams. */
  output: () => string;
  exited: Promise<number | null>;
  alive: () => boolean;
  /** SIGKILL if still running. */
  kill: () => void;
}

/** Starts `src/main.ts` with only `env` (plus PATH): no Slack variables leak in from the machine. */
export function spawnMain(env: Record<string, string>): ChildBot {
  let out = "";
  let err = "";
  let all = "";
  // Node with tsx's loader, not the tsx CLI: the CLI runs the script in a grandchild that a SIGKILL of the
  // CLI would leave running (holding the port and the output pipes).
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? "", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d) => {
    out += String(d);
    all += String(d);
  });
  child.stderr?.on("data", (d) => {
    err += String(d);
    all += String(d);
  });
  // "close" (not "exit"): the streams are drained by then, so the output is complete.
  const exited = new Promise<number | null>((r) => child.on("close", (code) => r(code)));
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    output: () => all,
    exited,
    alive: () => child.exitCode === null && child.signalCode === null,
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    },
  };
}

/**
 * Polls `condition` every 20 ms until it holds; fails after `timeoutMs`, or at once if the child has exited
 * (nothing it was supposed to do will happen any more).
 */
export async function waitUntil(
  condition: () => boolean,
  what: string,
  opts: { bot?: ChildBot; timeoutMs?: number } = {},
): Promise<void> {
  const deadline = Date.now() + (opts.timeoutMs ?? 20_000);
  while (!condition()) {
    if (opts.bot && !opts.bot.alive() && !condition()) {
      throw new Error(`the bot exited (${opts.bot.child.exitCode}) before ${what}:\n${tail(opts.bot)}`);
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}${opts.bot ? `:\n${tail(opts.bot)}` : ""}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

function tail(bot: ChildBot): string {
  return bot.output().slice(-3_000);
}

/** Waits for a line matching `pattern` and returns its first group. */
export async function waitForLine(bot: ChildBot, pattern: RegExp, timeoutMs = 30_000): Promise<string> {
  await waitUntil(() => pattern.test(bot.output()), `output matching ${pattern}`, { bot, timeoutMs });
  return pattern.exec(bot.output())?.[1] ?? "";
}

/** The port of the bot's `/slack/events`, from its start-up line. */
export async function httpPortOf(bot: ChildBot, timeoutMs = 30_000): Promise<number> {
  const url = await waitForLine(bot, /HTTP モードで起動しました: (\S+)/, timeoutMs);
  return Number(new URL(url).port);
}

export interface RawResponse {
  /** The status code, or null when the connection closed without a status line. */
  status: number | null;
  head: string;
  body: string;
}

/**
 * Sends `request` byte for byte to 127.0.0.1:`port` and reads until the server closes or one response is
 * complete. Always sends `Connection: close` semantics by closing our side after the server answers.
 */
export function rawRequest(port: number, request: string | Buffer, timeoutMs = 15_000): Promise<RawResponse> {
  return new Promise((resolvePromise, reject) => {
    // A response to HEAD is read until the server closes (send `Connection: close`), so that a body sent
    // where none is allowed shows up.
    const noBody = String(request).startsWith("HEAD ");
    const socket = connect({ host: "127.0.0.1", port });
    let data = Buffer.alloc(0);
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      const text = data.toString("utf8");
      const split = text.indexOf("\r\n\r\n");
      const head = split === -1 ? text : text.slice(0, split);
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1];
      resolvePromise({
        status: status ? Number(status) : null,
        head,
        body: split === -1 ? "" : text.slice(split + 4),
      });
    };
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      socket.destroy();
      reject(new Error(`no complete answer from port ${port} in ${timeoutMs} ms`));
    }, timeoutMs);
    socket.on("connect", () => socket.write(request));
    socket.on("data", (chunk) => {
      data = Buffer.concat([data, chunk]);
      if (isComplete(data, noBody)) finish();
    });
    socket.on("end", finish);
    socket.on("close", finish);
    socket.on("error", finish);
  });
}

/** A response is complete when its Content-Length is read, its last chunk seen, or it cannot have a body. */
function isComplete(data: Buffer, noBody: boolean): boolean {
  const text = data.toString("latin1");
  const split = text.indexOf("\r\n\r\n");
  if (split === -1) return false;
  const head = text.slice(0, split).toLowerCase();
  const body = text.length - split - 4;
  const status = Number(/^http\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0);
  if (noBody) return false;
  if (status === 204 || status === 304 || (status >= 100 && status < 200)) return true;
  const length = /\r\ncontent-length: *(\d+)/.exec(head)?.[1];
  if (length !== undefined) return body >= Number(length);
  if (/\r\ntransfer-encoding: *chunked/.test(head)) return text.endsWith("0\r\n\r\n");
  return false;
}
