/**
 * Command-line options for the CLIs, with errors in Japanese. Node's `parseArgs` reports in English and, in its
 * lenient mode, lets an unknown flag through; here every `-x` / `--xyz` must be a known option, with a
 * did-you-mean for a near miss (`--dryrun` → `--dry-run`). Anything after `--` is a plain argument, so a question
 * that starts with "-" can still be asked.
 */
import { parseArgs } from "node:util";
import { UsageError } from "../errors.ts";
import { closest } from "../text/did-you-mean.ts";

export interface OptionSpec {
  type: "boolean" | "string";
  short?: string;
  /** What the value is, for the message when it is missing ("日時"). */
  valueName?: string;
}

export type OptionValues<O extends Record<string, OptionSpec>> = {
  [K in keyof O]?: O[K]["type"] extends "string" ? string : true;
};

export function parseOptions<const O extends Record<string, OptionSpec>>(
  argv: readonly string[],
  options: O,
): { values: OptionValues<O>; positionals: string[] } {
  const { tokens } = parseArgs({
    args: [...argv],
    options: Object.fromEntries(
      Object.entries(options).map(([name, o]) => [
        name,
        { type: o.type, ...(o.short ? { short: o.short } : {}) },
      ]),
    ),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const values: Record<string, string | true> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === "option-terminator") continue;
    if (token.kind === "positional") {
      positionals.push(token.value);
      continue;
    }
    const spec = options[token.name];
    if (!spec) throw new UsageError(unknownOption(token.rawName, Object.keys(options)));
    if (spec.type === "boolean") {
      if (token.value !== undefined) throw new UsageError(`${token.rawName} には値を付けません。`);
      values[token.name] = true;
    } else {
      // Lenient parsing takes the next word as the value even when it is another option (`--now --json`).
      if (token.value === undefined || (!token.inlineValue && token.value.startsWith("-"))) {
        throw new UsageError(`${token.rawName} のあとに${spec.valueName ?? "値"}を書いてください。`);
      }
      values[token.name] = token.value;
    }
  }
  return { values: values as OptionValues<O>, positionals };
}

function unknownOption(rawName: string, names: string[]): string {
  const near = rawName.startsWith("--") ? closest(rawName.slice(2), names) : null;
  return `不明なオプション: ${rawName}${near ? `（--${near} ではありませんか）` : ""}`;
}

/**
 * The start every CLI shares: the options parsed, or the usage shown. Returns the parsed options, or the exit
 * status when the command line was wrong (2, the error and the usage on stderr) or asked for help (0, the usage
 * on stdout). The option set must include `help`.
 */
export function parseCommandLine<const O extends Record<string, OptionSpec> & { help: OptionSpec }>(
  argv: readonly string[],
  options: O,
  usage: string,
  io: { stdout(text: string): void; stderr(text: string): void },
): { values: OptionValues<O>; positionals: string[] } | { exit: number } {
  let args: { values: OptionValues<O>; positionals: string[] };
  try {
    args = parseOptions(argv, options);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`${err.message}\n\n${usage}\n`);
    return { exit: 2 };
  }
  if ((args.values as { help?: true }).help) {
    io.stdout(`${usage}\n`);
    return { exit: 0 };
  }
  return args;
}
