/**
 * Modals as Slack keeps them: trigger ids handed out with each slash command and button click, the views the
 * bot opens with views.open / views.push / views.update, the stack the person sees, and what becomes of it
 * when the bot answers a `view_submission` (`response_action`). The stand-in answers the bot's calls from
 * here and the server applies the bot's answers here; whoever follows `subscribe` sees each new stack.
 *
 * Everything the bot sends is JSON from outside, so every field is checked before use.
 */
import { PLAYGROUND_IDS, type StateValues } from "./slack-requests.ts";

/** Slack's trigger ids are good for 3 seconds, and for one views.open or views.push. */
export const TRIGGER_TTL_MS = 3000;
/** Slack lets a modal stack hold three views. */
export const MAX_STACK = 3;

type Obj = Record<string, unknown>;

/** A view on the stack: Slack's description of it (as views.open answers) and whose screen it is on. */
export interface OpenView {
  view: Obj;
  user: string;
}

/** What a Web API method answers: Slack's body. */
export type ApiBody = { ok: true; view: Obj } | { ok: false; error: string };

/** The bot's answer to a view_submission, as the server read it (forward.ts: viewSubmissionOutcome). */
export type SubmissionOutcome =
  | { kind: "close" }
  | { kind: "clear" }
  | { kind: "errors"; errors: Record<string, string> }
  | { kind: "update"; view: unknown }
  | { kind: "push"; view: unknown };

/** What the person entered in a modal's inputs: block id → action id → text, or the chosen option's value. */
export type EnteredValues = Record<string, Record<string, string | null>>;

function isObj(value: unknown): value is Obj {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** The input element types the playground draws and reports in `state.values`. */
const INPUT_TYPES = new Set(["plain_text_input", "static_select", "radio_buttons", "number_input"]);

export class ModalStore {
  private readonly triggers = new Map<string, { user: string; issuedAt: number; used: boolean }>();
  private stack: OpenView[] = [];
  private readonly listeners = new Set<(stack: readonly OpenView[]) => void>();
  private counter = 0;

  constructor(private readonly now: () => number = Date.now) {}

  subscribe(listener: (stack: readonly OpenView[]) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  views(): readonly OpenView[] {
    return this.stack;
  }

  find(viewId: string): OpenView | undefined {
    return this.stack.find((v) => v.view.id === viewId);
  }

  /** A new trigger id for a request the playground sends on `user`'s behalf. */
  issueTrigger(user: string): string {
    const issuedAt = this.now();
    const id = `${issuedAt}.${++this.counter}.playground`;
    // Expired ones are of no more use; dropping them keeps a long session's map small.
    for (const [key, t] of this.triggers)
      if (issuedAt - t.issuedAt > TRIGGER_TTL_MS) this.triggers.delete(key);
    this.triggers.set(id, { user, issuedAt, used: false });
    return id;
  }

  /** Answers views.open, views.push and views.update as Slack does; null for other methods. */
  call(method: string, args: Obj): ApiBody | null {
    switch (method) {
      case "views.open":
      case "views.push": {
        const trigger = this.useTrigger(args.trigger_id);
        if ("error" in trigger) return { ok: false, error: trigger.error };
        if (method === "views.push" && this.stack.length === 0) return { ok: false, error: "not_found" };
        if (method === "views.push" && this.stack.length >= MAX_STACK)
          return { ok: false, error: "push_limit_reached" };
        const below = method === "views.push" ? this.stack.at(-1)?.view : undefined;
        const view = this.build(args.view, undefined, below);
        if (!view) return { ok: false, error: "invalid_arguments" };
        // views.open from a trigger starts a new stack; views.push adds to the one open.
        this.stack =
          method === "views.open"
            ? [{ view, user: trigger.user }]
            : [...this.stack, { view, user: trigger.user }];
        this.changed();
        return { ok: true, view };
      }
      case "views.update": {
        const index = this.stack.findIndex((v) =>
          args.view_id !== undefined ? v.view.id === args.view_id : v.view.external_id === args.external_id,
        );
        const old = this.stack[index];
        if (!old || (args.view_id === undefined && args.external_id === undefined))
          return { ok: false, error: "not_found" };
        if (args.hash !== undefined && args.hash !== old.view.hash)
          return { ok: false, error: "hash_conflict" };
        const view = this.build(args.view, old.view);
        if (!view) return { ok: false, error: "invalid_arguments" };
        this.stack = this.stack.map((v, i) => (i === index ? { ...v, view } : v));
        this.changed();
        return { ok: true, view };
      }
      default:
        return null;
    }
  }

  /**
   * Applies the bot's answer to the submission of `viewId`. Returns the error texts to show (for "errors",
   * or for an answer whose view is not one Slack would accept), or null when the stack changed.
   */
  applySubmission(viewId: string, outcome: SubmissionOutcome): Record<string, string> | null {
    const index = this.stack.findIndex((v) => v.view.id === viewId);
    const submitted = this.stack[index];
    if (!submitted) return null;
    switch (outcome.kind) {
      case "errors":
        return outcome.errors;
      case "clear":
        this.stack = [];
        break;
      case "close":
        this.stack = this.stack.slice(0, index);
        break;
      case "update": {
        const view = this.build(outcome.view, submitted.view);
        if (!view) return { "": "ボットが返した画面（response_action: update）の形式が正しくありません" };
        this.stack = this.stack.map((v, i) => (i === index ? { ...v, view } : v));
        break;
      }
      case "push": {
        if (this.stack.length >= MAX_STACK)
          return { "": "画面を重ねられるのは 3 つまでです（push_limit_reached）" };
        const view = this.build(outcome.view, undefined, submitted.view);
        if (!view) return { "": "ボットが返した画面（response_action: push）の形式が正しくありません" };
        this.stack = [...this.stack, { view, user: submitted.user }];
        break;
      }
    }
    this.changed();
    return null;
  }

  /** The person pressed the top view's close button: back to the view beneath, as Slack does. */
  closeTop(): void {
    if (this.stack.length === 0) return;
    this.stack = this.stack.slice(0, -1);
    this.changed();
  }

  clear(): void {
    if (this.stack.length === 0) return;
    this.stack = [];
    this.changed();
  }

  private useTrigger(id: unknown): { user: string } | { error: string } {
    const trigger = typeof id === "string" ? this.triggers.get(id) : undefined;
    if (!trigger || this.now() - trigger.issuedAt > TRIGGER_TTL_MS) return { error: "expired_trigger_id" };
    if (trigger.used) return { error: "exchanged_trigger_id" };
    trigger.used = true;
    return { user: trigger.user };
  }

  /**
   * Slack's description of a view from what the bot sent: a new id (or the old one, for an update), a new
   * hash, and block and action ids filled in where the bot left them out, as Slack fills them, so that
   * `state.values` can name every input.
   */
  private build(raw: unknown, old: Obj | undefined, below?: Obj): Obj | null {
    if (!isObj(raw) || raw.type !== "modal" || !isObj(raw.title) || !Array.isArray(raw.blocks)) return null;
    const n = ++this.counter;
    const id = str(old?.id) ?? `V${String(n).padStart(8, "0")}`;
    const blocks = raw.blocks.map((block, index) => {
      if (!isObj(block)) return block;
      const withId = { ...block, block_id: str(block.block_id) ?? `b${index}` };
      if (block.type === "input" && isObj(block.element) && str(block.element.action_id) === undefined)
        return { ...withId, element: { ...block.element, action_id: `a${index}` } };
      return withId;
    });
    return {
      id,
      team_id: PLAYGROUND_IDS.team,
      type: "modal",
      title: raw.title,
      ...(isObj(raw.submit) ? { submit: raw.submit } : {}),
      ...(isObj(raw.close) ? { close: raw.close } : {}),
      blocks,
      private_metadata: str(raw.private_metadata) ?? "",
      callback_id: str(raw.callback_id) ?? "",
      state: { values: {} },
      hash: `${Math.floor(this.now() / 1000)}.${n.toString(36)}`,
      clear_on_close: raw.clear_on_close === true,
      notify_on_close: raw.notify_on_close === true,
      root_view_id: str(old?.root_view_id) ?? str(below?.root_view_id) ?? id,
      previous_view_id: old ? (old.previous_view_id ?? null) : (below?.id ?? null),
      app_id: PLAYGROUND_IDS.app,
      external_id: str(raw.external_id) ?? "",
      app_installed_team_id: PLAYGROUND_IDS.team,
      bot_id: PLAYGROUND_IDS.botId,
    };
  }

  private changed(): void {
    for (const listener of this.listeners) listener(this.stack);
  }
}

/** The input blocks of a view with their element, where the element is one the playground knows. */
function inputsOf(view: Obj): { blockId: string; block: Obj; element: Obj; actionId: string }[] {
  const blocks = Array.isArray(view.blocks) ? view.blocks : [];
  return blocks.flatMap((block) => {
    if (!isObj(block) || block.type !== "input" || !isObj(block.element)) return [];
    const element = block.element;
    if (!INPUT_TYPES.has(str(element.type) ?? "")) return [];
    return [{ blockId: str(block.block_id) ?? "", block, element, actionId: str(element.action_id) ?? "" }];
  });
}

function optionsOf(element: Obj): Obj[] {
  const direct = Array.isArray(element.options) ? element.options : [];
  const grouped = Array.isArray(element.option_groups)
    ? element.option_groups.flatMap((g) => (isObj(g) && Array.isArray(g.options) ? g.options : []))
    : [];
  return [...direct, ...grouped].filter(isObj);
}

/**
 * `view.state.values` in Slack's shape for what the person entered: every input block, entered or not. An
 * option the view does not offer counts as nothing chosen (the page can only send the ones it drew).
 */
export function stateValuesOf(view: Obj, entered: EnteredValues): StateValues {
  const values: StateValues = {};
  for (const { blockId, element, actionId } of inputsOf(view)) {
    const raw = entered[blockId]?.[actionId] ?? null;
    const type = str(element.type) ?? "";
    let value: Record<string, unknown>;
    if (type === "static_select" || type === "radio_buttons") {
      const option = raw === null ? undefined : optionsOf(element).find((o) => o.value === raw);
      value = { type, selected_option: option ? { text: option.text, value: option.value } : null };
    } else {
      value = { type, value: raw === null || raw === "" ? null : raw };
    }
    values[blockId] = { ...values[blockId], [actionId]: value };
  }
  return values;
}

/**
 * What Slack checks in the browser before it sends anything: required inputs filled in, lengths and numbers
 * within the element's limits. Block id → message, empty when the submission may go to the bot.
 */
export function clientSideErrors(view: Obj, values: StateValues): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const { blockId, block, element, actionId } of inputsOf(view)) {
    const state = values[blockId]?.[actionId] ?? {};
    const value = str(state.value);
    const empty =
      state.selected_option === null || (state.selected_option === undefined && value === undefined);
    if (empty) {
      if (block.optional !== true) errors[blockId] = "この項目は必須です";
      continue;
    }
    if (value === undefined) continue;
    const min = typeof element.min_length === "number" ? element.min_length : 0;
    const max = typeof element.max_length === "number" ? element.max_length : 3000;
    const length = [...value].length;
    if (element.type === "plain_text_input" && length < min)
      errors[blockId] = `${min} 文字以上で入力してください`;
    if (element.type === "plain_text_input" && length > max)
      errors[blockId] = `${max} 文字以内で入力してください`;
    if (element.type === "number_input") {
      const number = Number(value);
      const decimalAllowed = element.is_decimal_allowed === true;
      if (value.trim() === "" || Number.isNaN(number) || (!decimalAllowed && !Number.isInteger(number)))
        errors[blockId] = decimalAllowed ? "数値を入力してください" : "整数を入力してください";
      else if (str(element.min_value) !== undefined && number < Number(element.min_value))
        errors[blockId] = `${String(element.min_value)} 以上の値を入力してください`;
      else if (str(element.max_value) !== undefined && number > Number(element.max_value))
        errors[blockId] = `${String(element.max_value)} 以下の値を入力してください`;
    }
  }
  return errors;
}
