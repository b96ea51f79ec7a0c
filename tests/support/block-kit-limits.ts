/**
 * Slack's published Block Kit limits (https://api.slack.com/reference/block-kit), checked on what the bot
 * actually sent. A message over a limit is refused by Slack as a whole (`invalid_blocks`), so the person gets
 * nothing: the adversarial tests check every recorded call against these.
 */

const LIMITS = {
  messageText: 40_000,
  messageBlocks: 50,
  viewBlocks: 100,
  sectionText: 3_000,
  sectionFields: 10,
  fieldText: 2_000,
  headerText: 150,
  contextElements: 10,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2_000,
  actionId: 255,
  blockId: 255,
  url: 3_000,
  viewTitle: 24,
  viewButton: 24,
  privateMetadata: 3_000,
  callbackId: 255,
  inputLabel: 2_000,
  inputHint: 2_000,
  placeholder: 150,
  plainTextInputMax: 3_000,
  options: 10,
  optionText: 75,
  optionValue: 150,
} as const;

type Json = Record<string, unknown>;

const textOf = (t: unknown): string | undefined =>
  typeof t === "object" && t !== null && typeof (t as Json).text === "string"
    ? ((t as Json).text as string)
    : undefined;

/** Every limit `args` (a chat.postMessage / response_url / views.publish argument object) breaks. */
export function blockKitProblems(args: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const over = (what: string, length: number, max: number) => {
    if (length > max) problems.push(`${what}: ${length} > ${max}`);
  };
  if (typeof args.text === "string") over("text", [...args.text].length, LIMITS.messageText);
  const view = args.view as Json | undefined;
  const blocks = (view?.blocks ?? args.blocks ?? []) as Json[];
  over("blocks", blocks.length, view ? LIMITS.viewBlocks : LIMITS.messageBlocks);
  if (view) {
    over("view.title", textOf(view.title)?.length ?? 0, LIMITS.viewTitle);
    over("view.submit", textOf(view.submit)?.length ?? 0, LIMITS.viewButton);
    over("view.close", textOf(view.close)?.length ?? 0, LIMITS.viewButton);
    if (typeof view.private_metadata === "string")
      over("view.private_metadata", view.private_metadata.length, LIMITS.privateMetadata);
    if (typeof view.callback_id === "string")
      over("view.callback_id", view.callback_id.length, LIMITS.callbackId);
    if (view.type === "modal" && !textOf(view.title)) problems.push("view.title is missing");
    const hasInput = blocks.some((b) => b.type === "input");
    if (hasInput && !textOf(view.submit)) problems.push("a modal with inputs needs a submit button");
  }
  blocks.forEach((block, i) => {
    const at = `blocks[${i}] (${String(block.type)})`;
    if (typeof block.block_id === "string") over(`${at}.block_id`, block.block_id.length, LIMITS.blockId);
    switch (block.type) {
      case "section": {
        const text = textOf(block.text);
        if (text !== undefined) {
          over(`${at}.text`, text.length, LIMITS.sectionText);
          if (text.length === 0) problems.push(`${at}.text is empty`);
        }
        const fields = (block.fields ?? []) as unknown[];
        over(`${at}.fields`, fields.length, LIMITS.sectionFields);
        fields.forEach((f, j) => void over(`${at}.fields[${j}]`, textOf(f)?.length ?? 0, LIMITS.fieldText));
        if (text === undefined && fields.length === 0) problems.push(`${at} has neither text nor fields`);
        break;
      }
      case "input": {
        over(`${at}.label`, textOf(block.label)?.length ?? 0, LIMITS.inputLabel);
        if (!textOf(block.label)) problems.push(`${at}.label is empty`);
        if (block.hint !== undefined) over(`${at}.hint`, textOf(block.hint)?.length ?? 0, LIMITS.inputHint);
        const el = (block.element ?? {}) as Json;
        if (el.placeholder !== undefined)
          over(`${at}.element.placeholder`, textOf(el.placeholder)?.length ?? 0, LIMITS.placeholder);
        if (el.type === "plain_text_input") {
          const max = typeof el.max_length === "number" ? el.max_length : LIMITS.plainTextInputMax;
          over(`${at}.element.max_length`, max, LIMITS.plainTextInputMax);
          if (typeof el.initial_value === "string")
            over(`${at}.element.initial_value`, [...el.initial_value].length, max);
        }
        const options = (el.options ?? []) as Json[];
        over(`${at}.element.options`, options.length, LIMITS.options);
        options.forEach((o, j) => {
          over(`${at}.element.options[${j}].text`, textOf(o.text)?.length ?? 0, LIMITS.optionText);
          over(`${at}.element.options[${j}].value`, String(o.value ?? "").length, LIMITS.optionValue);
        });
        break;
      }
      case "header":
        over(`${at}.text`, textOf(block.text)?.length ?? 0, LIMITS.headerText);
        if ((textOf(block.text) ?? "").length === 0) problems.push(`${at}.text is empty`);
        break;
      case "context": {
        const elements = (block.elements ?? []) as unknown[];
        over(`${at}.elements`, elements.length, LIMITS.contextElements);
        elements.forEach(
          (e, j) => void over(`${at}.elements[${j}]`, textOf(e)?.length ?? 0, LIMITS.sectionText),
        );
        break;
      }
      case "actions": {
        const elements = (block.elements ?? []) as Json[];
        over(`${at}.elements`, elements.length, LIMITS.actionsElements);
        elements.forEach((e, j) => {
          over(`${at}.elements[${j}].text`, textOf(e.text)?.length ?? 0, LIMITS.buttonText);
          if (typeof e.value === "string")
            over(`${at}.elements[${j}].value`, e.value.length, LIMITS.buttonValue);
          if (typeof e.action_id === "string")
            over(`${at}.elements[${j}].action_id`, e.action_id.length, LIMITS.actionId);
          if (typeof e.url === "string") over(`${at}.elements[${j}].url`, e.url.length, LIMITS.url);
        });
        break;
      }
    }
  });
  return problems;
}
