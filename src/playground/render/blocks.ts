/**
 * Block Kit → HTML for the playground page: the blocks the bot's views build (header, section with text,
 * fields and a button, context, divider, actions with buttons), plus a visible note for anything else so a
 * new block type in a view is noticed rather than silently dropped.
 *
 * Input is whatever the bot sent, decoded from JSON, so every field is checked before use. Buttons carry
 * `data-action-id`, `data-value` and `data-block-id` for the page to send back as a `block_actions` payload.
 */
import { html, joinHtml, type SafeHtml, safeHref } from "./html.ts";
import { renderMrkdwn, renderPlainText, type UserNames } from "./mrkdwn.ts";

export interface RenderOptions {
  /**
   * Buttons of a preview (the reminders panel shows digests no one has received) are drawn disabled: pressing
   * one would act for a recipient who is not the person at the page.
   */
  inert?: boolean;
  /** Names for `<@U…>` mentions: the playground's own users. */
  users?: UserNames;
}

/** A message as Slack shows it: its blocks when it has any, otherwise its `text` as mrkdwn. */
export function renderMessage(
  message: { text?: unknown; blocks?: unknown },
  options: RenderOptions = {},
): SafeHtml {
  if (Array.isArray(message.blocks) && message.blocks.length > 0)
    return renderBlocks(message.blocks, options);
  const text = typeof message.text === "string" ? message.text : "";
  return html`<div class="bk-section"><div class="bk-text mrkdwn">${renderMrkdwn(text, options.users)}</div></div>`;
}

export function renderBlocks(blocks: readonly unknown[], options: RenderOptions = {}): SafeHtml {
  return joinHtml(blocks.map((block, index) => renderBlock(block, index, options)));
}

type Obj = Record<string, unknown>;

function isObj(value: unknown): value is Obj {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** Slack gives every block an id when the view does not; listeners may read it from the payload. */
function blockIdOf(block: Obj, index: number): string {
  return str(block.block_id) ?? `b${index}`;
}

/** The button a page click refers to, found the way the page found it: by block id and action id. */
export function findButton(blocks: readonly unknown[], blockId: string, actionId: string): Obj | undefined {
  for (const [index, block] of blocks.entries()) {
    if (!isObj(block) || blockIdOf(block, index) !== blockId) continue;
    const candidates =
      block.type === "section" ? [block.accessory] : Array.isArray(block.elements) ? block.elements : [];
    const found = candidates.find((el) => isObj(el) && el.type === "button" && el.action_id === actionId);
    if (isObj(found)) return found;
  }
  return undefined;
}

function renderBlock(block: unknown, index: number, options: RenderOptions): SafeHtml {
  if (!isObj(block)) return unsupported("?");
  const blockId = blockIdOf(block, index);
  switch (block.type) {
    case "header":
      return html`<div class="bk-header" data-block-id="${blockId}">${textObject(block.text, options)}</div>`;
    case "section":
      return section(block, blockId, options);
    case "context": {
      const elements = Array.isArray(block.elements) ? block.elements : [];
      const items = elements.map((el) =>
        isObj(el) && el.type === "image"
          ? html`<span class="bk-context-item bk-image-alt">［画像: ${str(el.alt_text) ?? ""}］</span>`
          : html`<span class="bk-context-item">${textObject(el, options)}</span>`,
      );
      return html`<div class="bk-context" data-block-id="${blockId}">${items}</div>`;
    }
    case "divider":
      return html`<hr class="bk-divider">`;
    case "actions": {
      const elements = Array.isArray(block.elements) ? block.elements : [];
      const items = elements.map((el) => element(el, blockId, options));
      return html`<div class="bk-actions" data-block-id="${blockId}">${items}</div>`;
    }
    case "rich_text":
      return richText(block, blockId);
    case "image":
      // The page loads nothing from outside, so an image is its alt text.
      return html`<div class="bk-image-alt">［画像: ${str(block.alt_text) ?? ""}］</div>`;
    default:
      return unsupported(str(block.type) ?? "?");
  }
}

function section(block: Obj, blockId: string, options: RenderOptions): SafeHtml {
  const text =
    block.text === undefined ? "" : html`<div class="bk-text">${textObject(block.text, options)}</div>`;
  const fields = Array.isArray(block.fields)
    ? html`<div class="bk-fields">${block.fields.map((f) => html`<div class="bk-field">${textObject(f, options)}</div>`)}</div>`
    : "";
  const accessory =
    block.accessory === undefined
      ? ""
      : html`<div class="bk-accessory">${element(block.accessory, blockId, options)}</div>`;
  return html`<div class="bk-section" data-block-id="${blockId}"><div class="bk-section-body">${text}${fields}</div>${accessory}</div>`;
}

/** A text object: mrkdwn is formatted, plain_text is shown as written. */
export function textObject(value: unknown, options: RenderOptions = {}): SafeHtml {
  if (!isObj(value)) return html``;
  const text = str(value.text) ?? "";
  return value.type === "mrkdwn"
    ? html`<span class="mrkdwn">${renderMrkdwn(text, options.users)}</span>`
    : html`<span class="plain">${renderPlainText(text, value.emoji !== false)}</span>`;
}

function element(value: unknown, blockId: string, options: RenderOptions): SafeHtml {
  if (!isObj(value) || value.type !== "button") {
    return html`<span class="bk-unsupported">未対応の要素（${isObj(value) ? (str(value.type) ?? "?") : "?"}）</span>`;
  }
  const style = value.style === "primary" || value.style === "danger" ? value.style : "default";
  const url = str(value.url);
  const href = url === undefined ? null : safeHref(url);
  return html`<button type="button" class="bk-button bk-button-${style}" data-action-id="${str(value.action_id) ?? ""}" data-value="${str(value.value) ?? ""}" data-block-id="${blockId}"${href === null ? "" : html` data-url="${href}"`}${options.inert ? html` disabled` : ""}>${textObject(value.text, options)}</button>`;
}

/**
 * A rich_text block: sections and quotes of styled runs (bold, italic, strike, code) and emoji, as Slack draws
 * them. Text is escaped like everything else; links are shown as text, never followed.
 */
function richText(block: Obj, blockId: string): SafeHtml {
  const parts = (Array.isArray(block.elements) ? block.elements : []).map((part) => {
    if (!isObj(part)) return html``;
    const runs = html`${(Array.isArray(part.elements) ? part.elements : []).map(richRun)}`;
    if (part.type === "rich_text_quote") return html`<blockquote class="bk-rich-quote">${runs}</blockquote>`;
    if (part.type === "rich_text_section") return html`<div class="bk-rich-section">${runs}</div>`;
    return unsupported(str(part.type) ?? "?");
  });
  return html`<div class="bk-rich-text" data-block-id="${blockId}">${parts}</div>`;
}

function richRun(run: unknown): SafeHtml {
  if (!isObj(run)) return html``;
  if (run.type === "emoji") return html`${renderPlainText(`:${str(run.name) ?? ""}:`, true)}`;
  const text = str(run.text) ?? str(run.url) ?? "";
  const lines = text.split("\n").map((line, i) => (i === 0 ? html`${line}` : html`<br>${line}`));
  const style = isObj(run.style) ? run.style : {};
  let out = html`${lines}`;
  if (style.code === true) out = html`<code>${out}</code>`;
  if (style.strike === true) out = html`<s>${out}</s>`;
  if (style.italic === true) out = html`<i>${out}</i>`;
  if (style.bold === true) out = html`<b>${out}</b>`;
  return out;
}

function unsupported(type: string): SafeHtml {
  return html`<div class="bk-unsupported">このプレイグラウンドでは表示できないブロックです（${type}）</div>`;
}
