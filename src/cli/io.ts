/**
 * What a CLI's `main(argv, env, io)` may touch of the outside world, so that tests can run it in-process: they
 * capture the output, pipe lines in, fix the clock and record waits instead of sleeping. Below `main`, nothing
 * reads `process.env`, `process.argv` or the real clock.
 *
 * `processIo()` is the real thing; each CLI uses it only in its last lines, which run when the file is executed
 * directly (`isDirectRun(import.meta.url)`), not when a test imports it.
 */
import { realpathSync } from "node:fs";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import { type Sleep, sleep } from "../sleep.ts";

export interface CliStdin {
  /** True when nobody pipes anything in (a person at a terminal). */
  readonly isTTY: boolean;
  /** The input, line by line, without line endings. */
  lines(): AsyncIterable<string>;
}

export interface CliIo {
  /** Writes as given: callers add the newline. */
  stdout(text: string): void;
  stderr(text: string): void;
  stdin: CliStdin;
  now(): Date;
  sleep: Sleep;
  /** Aborted when the person or cron asks the run to stop (Ctrl+C, SIGTERM); `reason` names the signal. */
  signal?: AbortSignal;
}

/** The process's own streams, wall clock and timers. */
export function processIo(signal?: AbortSignal): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stdin: {
      isTTY: process.stdin.isTTY === true,
      lines: () => createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY }),
    },
    now: () => new Date(),
    sleep,
    ...(signal ? { signal } : {}),
  };
}

/** Whether the module at `moduleUrl` is the script node was asked to run (not imported by a test). */
export function isDirectRun(moduleUrl: string): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return pathToFileURL(realpathSync(script)).href === moduleUrl;
  } catch {
    return false;
  }
}
