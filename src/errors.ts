/**
 * Every error the bot raises on purpose, in one place, each with a stable `code` (as bolt-js does with its
 * `ErrorCode`). Their messages are Japanese and written for the person who can fix the cause: the secretariat for
 * data, the admin for configuration. Callers decide by `code` (`isBotError(err, "plan_data_invalid")`), never by
 * class or message, and anything without a code is a bug, shown as one.
 */

export type ErrorCode =
  /** An environment variable is missing or malformed (start-up stops). */
  | "config_invalid"
  /** data/ does not validate (start-up stops; a reload keeps the last good data). PlanDataError, beside DataIssue. */
  | "plan_data_invalid"
  /** The state database cannot be opened or is not ours. */
  | "state_store_invalid"
  /** Slack refuses SLACK_BOT_TOKEN (start-up stops). */
  | "bot_token_refused"
  /** A command line that cannot be understood (the CLIs exit 2). */
  | "cli_usage";

export abstract class BotError extends Error {
  abstract readonly code: ErrorCode;
}

export function isBotError<C extends ErrorCode>(err: unknown, code?: C): err is BotError & { code: C } {
  return err instanceof BotError && (code === undefined || err.code === code);
}

const listOf = (problems: readonly string[]) => problems.map((p) => `- ${p}`).join("\n");

export class ConfigError extends BotError {
  readonly code = "config_invalid";
  constructor(readonly problems: string[]) {
    super(`設定に誤りがあります:\n${listOf(problems)}\n（README の「設定」を参照してください）`);
    this.name = "ConfigError";
  }
}

export class StateStoreError extends BotError {
  readonly code = "state_store_invalid";
  constructor(message: string) {
    super(message);
    this.name = "StateStoreError";
  }
}

export class BotTokenError extends BotError {
  readonly code = "bot_token_refused";
  constructor(reason: string) {
    super(
      `SLACK_BOT_TOKEN: Slack がこのトークンを受け付けません（${reason}）。アプリが再インストールされたかトークンが無効になっています。` +
        "「OAuth & Permissions」の Bot User OAuth Token（xoxb-…）を設定し直してください。",
    );
    this.name = "BotTokenError";
  }
}

export class UsageError extends BotError {
  readonly code = "cli_usage";
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
