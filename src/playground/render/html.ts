/**
 * HTML that is safe to hand to a page. The only ways to make a `SafeHtml` are `html` (a template tag that
 * escapes every interpolated string) and `raw` for text a caller has already escaped, so "forgot to escape" is
 * a type error rather than an XSS hole: the renderer never concatenates strings into markup.
 */

const TRUSTED = Symbol("trusted");

export class SafeHtml {
  readonly value: string;

  /** Not for callers: use `html` or `escapeText`. */
  constructor(token: typeof TRUSTED, value: string) {
    if (token !== TRUSTED) throw new Error("SafeHtml is made with html``");
    this.value = value;
  }

  toString(): string {
    return this.value;
  }
}

/** What `html` accepts: strings are escaped, `SafeHtml` is kept, arrays are joined, nothing else prints. */
export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

/** Escapes for both text and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

export function escapeText(text: string): SafeHtml {
  return new SafeHtml(TRUSTED, escapeHtml(text));
}

function serialize(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(serialize).join("");
  if (value === null || value === undefined || value === false) return "";
  return escapeHtml(String(value));
}

/**
 * Builds markup. Attribute values must sit in double quotes in the template (`data-x="${v}"`), which the
 * escaping covers; attribute names and tag names are never interpolated.
 *
 * @example html`<b title="${title}">${text}</b>`
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? "";
  values.forEach((value, i) => {
    out += serialize(value) + (strings[i + 1] ?? "");
  });
  return new SafeHtml(TRUSTED, out);
}

/** Joins fragments with a separator (itself escaped when it is a string). */
export function joinHtml(parts: readonly SafeHtml[], separator: HtmlValue = ""): SafeHtml {
  const sep = serialize(separator);
  return new SafeHtml(TRUSTED, parts.map((p) => p.value).join(sep));
}

/**
 * Links the page may follow. Everything else (javascript:, data:, vbscript:, relative paths that would hit
 * the playground's own API) is shown as text, as Slack itself only links web and mail addresses.
 */
export function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return ["http:", "https:", "mailto:"].includes(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}
