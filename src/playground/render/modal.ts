/**
 * A modal view → HTML for the page: its title, its blocks (the read-only ones drawn as in messages, by
 * blocks.ts) and its input blocks as form controls, with the close and submit buttons the view names.
 *
 * Each control carries `data-input`, `data-block-id`, `data-action-id` and `data-element-type`, so the page
 * can send back what was entered; the server turns that into Slack's `state.values` (modals.ts). Below each
 * input block is an empty `.bk-input-error` for the bot's (or Slack's own) error text.
 */

import { type RenderOptions, renderBlocks, textObject } from "./blocks.ts";
import { html, joinHtml, type SafeHtml } from "./html.ts";

type Obj = Record<string, unknown>;

function isObj(value: unknown): value is Obj {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function plain(value: unknown): string | undefined {
  return isObj(value) ? str(value.text) : undefined;
}

/** The modal as the page shows it: rendered markup, with the id and hash it answers to. */
export interface PageModal {
  id: string;
  hash: string;
  html: string;
}

export function renderModal(view: Obj, options: RenderOptions = {}): PageModal {
  const id = str(view.id) ?? "";
  const blocks = Array.isArray(view.blocks) ? view.blocks : [];
  const body = joinHtml(
    blocks.map((block) =>
      isObj(block) && block.type === "input"
        ? inputBlock(block, id, options)
        : renderBlocks([block], options),
    ),
  );
  const submit = isObj(view.submit)
    ? html`<button type="button" class="modal-submit" data-modal-submit>${textObject(view.submit, options)}</button>`
    : "";
  // Slack names the close button 「キャンセル」 when the view does not (and 「閉じる」 when there is no submit).
  const close = isObj(view.close)
    ? textObject(view.close, options)
    : html`${isObj(view.submit) ? "キャンセル" : "閉じる"}`;
  const markup = html`<div class="modal-header"><h2 class="modal-title" id="modal-title-${id}">${textObject(view.title, options)}</h2><button type="button" class="modal-x" data-modal-close aria-label="閉じる">✕</button></div><div class="modal-body"><div class="modal-error" role="alert" hidden></div>${body}</div><div class="modal-footer"><button type="button" class="modal-close" data-modal-close>${close}</button>${submit}</div>`;
  return { id, hash: str(view.hash) ?? "", html: markup.value };
}

function inputBlock(block: Obj, viewId: string, options: RenderOptions): SafeHtml {
  const blockId = str(block.block_id) ?? "";
  const controlId = `input-${viewId}-${blockId}`;
  const element = isObj(block.element) ? block.element : {};
  const optional = block.optional === true ? html`<span class="bk-optional">（任意）</span>` : "";
  const hint =
    block.hint === undefined ? "" : html`<div class="bk-input-hint">${textObject(block.hint, options)}</div>`;
  return html`<div class="bk-input" data-block-id="${blockId}"><label class="bk-input-label" for="${controlId}">${textObject(block.label, options)}${optional}</label>${control(element, blockId, controlId, options)}${hint}<div class="bk-input-error" role="alert" hidden></div></div>`;
}

function control(element: Obj, blockId: string, controlId: string, options: RenderOptions): SafeHtml {
  const type = str(element.type) ?? "?";
  const actionId = str(element.action_id) ?? "";
  const data = html`data-input data-block-id="${blockId}" data-action-id="${actionId}" data-element-type="${type}"`;
  const placeholder = plain(element.placeholder);
  const placeholderAttr = placeholder === undefined ? "" : html` placeholder="${placeholder}"`;
  switch (type) {
    case "plain_text_input": {
      const initial = str(element.initial_value) ?? "";
      const max = typeof element.max_length === "number" ? html` maxlength="${element.max_length}"` : "";
      const min = typeof element.min_length === "number" ? html` minlength="${element.min_length}"` : "";
      return element.multiline === true
        ? html`<textarea class="bk-text-input" id="${controlId}" rows="4" ${data}${placeholderAttr}${max}${min}>${initial}</textarea>`
        : html`<input type="text" class="bk-text-input" id="${controlId}" value="${initial}" ${data}${placeholderAttr}${max}${min}>`;
    }
    case "number_input": {
      const initial = str(element.initial_value) ?? "";
      const step = element.is_decimal_allowed === true ? "any" : "1";
      const minValue = str(element.min_value) === undefined ? "" : html` min="${str(element.min_value)}"`;
      const maxValue = str(element.max_value) === undefined ? "" : html` max="${str(element.max_value)}"`;
      return html`<input type="number" class="bk-text-input" id="${controlId}" step="${step}" value="${initial}" ${data}${placeholderAttr}${minValue}${maxValue}>`;
    }
    case "static_select": {
      const initial = isObj(element.initial_option) ? str(element.initial_option.value) : undefined;
      const option = (o: unknown) =>
        isObj(o)
          ? html`<option value="${str(o.value) ?? ""}"${str(o.value) === initial ? " selected" : ""}>${plain(o.text) ?? ""}</option>`
          : html``;
      const groups = Array.isArray(element.option_groups)
        ? element.option_groups.map((g) =>
            isObj(g)
              ? html`<optgroup label="${plain(g.label) ?? ""}">${(Array.isArray(g.options) ? g.options : []).map(option)}</optgroup>`
              : html``,
          )
        : [];
      const options_ = Array.isArray(element.options) ? element.options.map(option) : [];
      return html`<select class="bk-select" id="${controlId}" ${data}><option value=""${initial === undefined ? " selected" : ""}>${placeholder ?? "選択してください"}</option>${options_}${groups}</select>`;
    }
    case "radio_buttons": {
      const initial = isObj(element.initial_option) ? str(element.initial_option.value) : undefined;
      const items = (Array.isArray(element.options) ? element.options : []).map((o, i) =>
        isObj(o)
          ? html`<label class="bk-radio"><input type="radio" name="${controlId}" value="${str(o.value) ?? ""}"${str(o.value) === initial ? " checked" : ""}${i === 0 ? html` id="${controlId}"` : ""}> ${textObject(o.text, options)}</label>`
          : html``,
      );
      return html`<div class="bk-radios" role="radiogroup" ${data}>${items}</div>`;
    }
    default:
      return html`<span class="bk-unsupported">未対応の入力要素（${type}）</span>`;
  }
}
