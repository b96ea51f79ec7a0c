/**
 * Slack mrkdwn → HTML, for the playground page.
 *
 * Written here rather than taken from npm: the one maintained-looking package (slack-markdown) brings
 * simple-markdown and a full emoji table, hands raw HTML to its mention callbacks, and formats `*x*` anywhere,
 * while Slack only formats when the markers stand at a word boundary. That last point matters for this bot:
 * Japanese has no spaces, and `の*達成*です` stays literal in Slack. A page that rendered it bold would hide
 * the bug, so this parser follows Slack's rule (a marker opens after the start, a space or ASCII punctuation,
 * and closes before the end, a space or ASCII punctuation) and shows the asterisks as Slack would.
 *
 * Input is mrkdwn as the bot sends it: `&amp;`, `&lt;`, `&gt;` are decoded once and every piece of text is
 * escaped again for HTML, so nothing in a message can become markup. Mentions and broadcasts
 * (`<@U…>`, `<#C…|name>`, `<!channel>`) become inert badges: the page shows that the bot would ping, and
 * nothing more. A user mention shows the person's display name when the page knows it, as Slack does, so the
 * page does not show raw IDs that Slack would never show.
 */
import { unescapeSlackText } from "../../views/blocks.ts";
import { emojiFor } from "./emoji.ts";
import { escapeText, html, joinHtml, type SafeHtml, safeHref } from "./html.ts";

/** Decodes the three entities Slack uses, in one pass, so `&amp;lt;` reads `&lt;` and not `<`. */
export const decodeEntities = unescapeSlackText;

/** Display names by user ID. A mention of an ID not in it shows as Slack shows an unknown user: `@U123`. */
export type UserNames = ReadonlyMap<string, string>;

const NO_USERS: UserNames = new Map();

/** Renders a mrkdwn text object's text. The result is meant for an element with `white-space: pre-wrap`. */
export function renderMrkdwn(text: string, users: UserNames = NO_USERS): SafeHtml {
  const pieces: Piece[] = [];
  for (const segment of splitFences(text)) {
    if (segment.pre) {
      pieces.push({ block: true, html: html`<pre class="mk-pre">${decodeEntities(segment.text)}</pre>` });
    } else {
      pieces.push(...lines(segment.text, users));
    }
  }
  return joinPieces(pieces);
}

/**
 * Renders a plain_text object: no formatting, no entity decoding (Slack shows plain text as sent), but emoji
 * shortcodes become emoji unless the object says `emoji: false`.
 */
export function renderPlainText(text: string, emoji = true): SafeHtml {
  if (!emoji) return escapeText(text);
  const out: SafeHtml[] = [];
  let last = 0;
  for (const match of text.matchAll(/:([a-z0-9_+-]+):/g)) {
    const unicode = emojiFor(match[1] ?? "");
    if (unicode === undefined) continue;
    out.push(escapeText(text.slice(last, match.index)), emojiHtml(match[1] ?? "", unicode));
    last = match.index + match[0].length;
  }
  out.push(escapeText(text.slice(last)));
  return joinHtml(out);
}

/** A rendered line or block; block pieces (pre, quote, bullet line) break lines by themselves. */
interface Piece {
  block: boolean;
  html: SafeHtml;
}

/** Newlines go only between two inline pieces: a block element already starts and ends its own line. */
function joinPieces(pieces: Piece[]): SafeHtml {
  const out: SafeHtml[] = [];
  pieces.forEach((piece, i) => {
    const previous = pieces[i - 1];
    if (previous && !previous.block && !piece.block) out.push(html`\n`);
    out.push(piece.html);
  });
  return joinHtml(out);
}

/**
 * Splits out ```pre``` blocks, which may span lines and hold anything. The newline right next to a fence
 * belongs to the fence, as in Slack, so "```\ncode\n```" shows one line of code and no blank lines.
 */
function splitFences(text: string): { pre: boolean; text: string }[] {
  const out: { pre: boolean; text: string }[] = [];
  let rest = text;
  let afterFence = false;
  for (;;) {
    const open = rest.indexOf("```");
    const close = open === -1 ? -1 : rest.indexOf("```", open + 3);
    if (close === -1) {
      const tail = afterFence ? rest.replace(/^\n/, "") : rest;
      if (tail !== "" || !afterFence) out.push({ pre: false, text: tail });
      return out;
    }
    let before = rest.slice(0, open).replace(/\n$/, "");
    if (afterFence) before = before.replace(/^\n/, "");
    if (before !== "") out.push({ pre: false, text: before });
    out.push({
      pre: true,
      text: rest
        .slice(open + 3, close)
        .replace(/^\n/, "")
        .replace(/\n$/, ""),
    });
    rest = rest.slice(close + 3);
    afterFence = true;
  }
}

/** Quote lines (`>` or its escaped form `&gt;`, which Slack also reads as a quote) group into one block. */
const QUOTE = /^(?:>|&gt;) ?(.*)$/;
/** Slack has no list syntax; views write "• " or "・" and Slack shows the line as is. */
const BULLET = /^\s*[•◦・]/;

function lines(text: string, users: UserNames): Piece[] {
  const pieces: Piece[] = [];
  let quote: string[] = [];
  const flushQuote = () => {
    if (quote.length === 0) return;
    const inner = joinHtml(
      quote.map((l) => renderInline(l, users)),
      "\n",
    );
    pieces.push({ block: true, html: html`<blockquote class="mk-quote">${inner}</blockquote>` });
    quote = [];
  };
  for (const line of text.split("\n")) {
    const quoted = QUOTE.exec(line);
    if (quoted) {
      quote.push(quoted[1] ?? "");
      continue;
    }
    flushQuote();
    pieces.push(
      BULLET.test(line)
        ? { block: true, html: html`<span class="mk-li">${renderInline(line, users)}</span>` }
        : { block: false, html: renderInline(line, users) },
    );
  }
  flushQuote();
  return pieces;
}

const STYLE_TAGS = { "*": "b", _: "i", "~": "s" } as const;

/** One line of mrkdwn (still entity-encoded) to HTML. */
function renderInline(s: string, users: UserNames): SafeHtml {
  const out: SafeHtml[] = [];
  let text = "";
  const flush = () => {
    if (text !== "") out.push(escapeText(decodeEntities(text)));
    text = "";
  };
  let i = 0;
  while (i < s.length) {
    const ch = s[i] as string;
    if (ch === "<") {
      // A raw "<" is always a control sequence: literal ones arrive as &lt;.
      const end = s.indexOf(">", i + 1);
      if (end > i + 1) {
        flush();
        out.push(controlSequence(s.slice(i + 1, end), users));
        i = end + 1;
        continue;
      }
    } else if (ch === "`" || ch === "*" || ch === "_" || ch === "~") {
      const end = closingMarker(s, i);
      if (end !== -1) {
        flush();
        const inner = s.slice(i + 1, end);
        if (ch === "`") {
          out.push(html`<code class="mk-code">${decodeEntities(inner)}</code>`);
        } else {
          const tag = STYLE_TAGS[ch];
          // Tag names come from the fixed table above, never from the text.
          out.push(
            tag === "b"
              ? html`<b>${renderInline(inner, users)}</b>`
              : tag === "i"
                ? html`<i>${renderInline(inner, users)}</i>`
                : html`<s>${renderInline(inner, users)}</s>`,
          );
        }
        i = end + 1;
        continue;
      }
    } else if (ch === ":") {
      const shortcode = /^:([a-z0-9_+-]+):/.exec(s.slice(i));
      const unicode = shortcode ? emojiFor(shortcode[1] ?? "") : undefined;
      if (shortcode && unicode !== undefined) {
        flush();
        out.push(emojiHtml(shortcode[1] ?? "", unicode));
        i += shortcode[0].length;
        continue;
      }
    }
    text += ch;
    i += 1;
  }
  flush();
  return joinHtml(out);
}

const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/;

/** Slack's word-boundary rule for formatting markers; CJK letters and punctuation do not count. */
function isBoundary(ch: string | undefined): boolean {
  return ch === undefined || /^\s$/.test(ch) || ASCII_PUNCTUATION.test(ch);
}

/** Where the marker at `open` closes on this line, or -1 when Slack would show it as a literal character. */
function closingMarker(s: string, open: number): number {
  const marker = s[open];
  const first = s[open + 1];
  if (!isBoundary(s[open - 1]) || first === undefined || first === marker || /^\s$/.test(first)) return -1;
  for (let j = open + 2; j < s.length; j++) {
    if (s[j] === marker && !/^\s$/.test(s[j - 1] ?? " ") && isBoundary(s[j + 1])) return j;
  }
  return -1;
}

/** `<…>`: a link, a mention, a broadcast or a date. Only web and mail links become `<a>`. */
function controlSequence(inner: string, users: UserNames): SafeHtml {
  const bar = inner.indexOf("|");
  const target = bar === -1 ? inner : inner.slice(0, bar);
  const label = bar === -1 ? undefined : decodeEntities(inner.slice(bar + 1));
  // Slack shows the user's current name, whatever label the message carries.
  if (target.startsWith("@")) return mention(`@${users.get(target.slice(1)) ?? label ?? target.slice(1)}`);
  if (target.startsWith("#")) return mention(`#${label ?? target.slice(1)}`);
  if (target.startsWith("!")) {
    const command = target.slice(1);
    if (command === "channel" || command === "here" || command === "everyone") {
      return html`<span class="mention mention-broadcast">@${command}</span>`;
    }
    if (command.startsWith("subteam^")) return mention(label ?? `@${command.slice("subteam^".length)}`);
    // <!date^…|fallback> and anything newer: Slack clients that do not know it show the fallback.
    return escapeText(label ?? command);
  }
  const url = decodeEntities(target);
  // Not a URL at all: the bot sent a raw "<" it should have escaped. Show it, as a hint to fix the view.
  if (!URL.canParse(url)) return escapeText(`<${decodeEntities(inner)}>`);
  const href = safeHref(url);
  const text = label ?? url;
  return href === null
    ? escapeText(text)
    : html`<a class="mk-link" href="${href}" target="_blank" rel="noopener noreferrer">${text}</a>`;
}

function mention(text: string): SafeHtml {
  return html`<span class="mention">${text}</span>`;
}

function emojiHtml(name: string, unicode: string): SafeHtml {
  return html`<span class="emoji" title=":${name}:">${unicode}</span>`;
}
