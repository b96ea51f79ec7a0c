import { describe, expect, it } from "vitest";
import {
  clientSideErrors,
  ModalStore,
  type OpenView,
  stateValuesOf,
  TRIGGER_TTL_MS,
} from "../../src/playground/modals.ts";

const MODAL = {
  type: "modal",
  callback_id: "report_submit",
  private_metadata: "18",
  title: { type: "plain_text", text: "進捗を報告" },
  submit: { type: "plain_text", text: "提出" },
  blocks: [
    { type: "section", text: { type: "mrkdwn", text: "説明" } },
    {
      type: "input",
      block_id: "result",
      label: { type: "plain_text", text: "実績" },
      element: { type: "plain_text_input", action_id: "text", min_length: 3, max_length: 10 },
    },
    {
      type: "input",
      block_id: "status",
      label: { type: "plain_text", text: "状況" },
      element: {
        type: "static_select",
        action_id: "choice",
        options: [
          { text: { type: "plain_text", text: "順調" }, value: "on_track" },
          { text: { type: "plain_text", text: "遅れ" }, value: "behind" },
        ],
      },
    },
    {
      type: "input",
      optional: true,
      label: { type: "plain_text", text: "公開範囲" },
      element: {
        type: "radio_buttons",
        options: [{ text: { type: "plain_text", text: "全庁" }, value: "all" }],
      },
    },
    {
      type: "input",
      block_id: "count",
      optional: true,
      label: { type: "plain_text", text: "件数" },
      element: { type: "number_input", action_id: "n", is_decimal_allowed: false, min_value: "0" },
    },
  ],
};

function setup() {
  let now = 1_000_000;
  const store = new ModalStore(() => now);
  const stacks: (readonly OpenView[])[] = [];
  store.subscribe((stack) => stacks.push(stack));
  return {
    store,
    stacks,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

function opened(body: unknown): Record<string, unknown> {
  if (typeof body !== "object" || body === null || !("view" in body)) throw new Error("not opened");
  return body.view as Record<string, unknown>;
}

describe("ModalStore: views.open, views.push, views.update as Slack answers them", () => {
  it("opens a view for a trigger the playground issued, with an id, hash and ids Slack fills in", () => {
    const { store, stacks } = setup();
    const trigger = store.issueTrigger("U_PLAYGROUND_OWNER");
    const answer = store.call("views.open", { trigger_id: trigger, view: MODAL });
    expect(answer?.ok).toBe(true);
    const view = opened(answer);
    expect(view).toMatchObject({
      type: "modal",
      callback_id: "report_submit",
      private_metadata: "18",
      title: MODAL.title,
      submit: MODAL.submit,
      state: { values: {} },
      previous_view_id: null,
    });
    expect(view.id).toMatch(/^V[0-9A-Z]+$/);
    expect(view.root_view_id).toBe(view.id);
    expect(typeof view.hash).toBe("string");
    // The radio block had no block_id nor action_id: Slack gives it both, so state.values can name it.
    const blocks = view.blocks as { block_id: string; element?: { action_id: string } }[];
    expect(blocks.map((b) => b.block_id)).toEqual(["b0", "result", "status", "b3", "count"]);
    expect(blocks[3]?.element?.action_id).toBe("a3");
    expect(stacks.at(-1)).toEqual([{ view, user: "U_PLAYGROUND_OWNER" }]);
  });

  it("refuses an unknown or expired trigger id, and one already used", () => {
    const { store, advance } = setup();
    expect(store.call("views.open", { trigger_id: "made.up", view: MODAL })).toEqual({
      ok: false,
      error: "expired_trigger_id",
    });
    const late = store.issueTrigger("U");
    advance(TRIGGER_TTL_MS + 1);
    expect(store.call("views.open", { trigger_id: late, view: MODAL })).toEqual({
      ok: false,
      error: "expired_trigger_id",
    });
    const once = store.issueTrigger("U");
    advance(TRIGGER_TTL_MS); // still in time
    expect(store.call("views.open", { trigger_id: once, view: MODAL })?.ok).toBe(true);
    expect(store.call("views.push", { trigger_id: once, view: MODAL })).toEqual({
      ok: false,
      error: "exchanged_trigger_id",
    });
    expect(store.views()).toHaveLength(1);
  });

  it("refuses a view that is not a modal with a title and blocks", () => {
    const { store } = setup();
    const answer = store.call("views.open", {
      trigger_id: store.issueTrigger("U"),
      view: { type: "home", blocks: [] },
    });
    expect(answer).toEqual({ ok: false, error: "invalid_arguments" });
  });

  it("pushes onto the stack (at most three) and updates by view_id, checking the hash", () => {
    const { store } = setup();
    const root = opened(store.call("views.open", { trigger_id: store.issueTrigger("U"), view: MODAL }));
    const pushed = opened(store.call("views.push", { trigger_id: store.issueTrigger("U"), view: MODAL }));
    expect(pushed).toMatchObject({ previous_view_id: root.id, root_view_id: root.id });
    store.call("views.push", { trigger_id: store.issueTrigger("U"), view: MODAL });
    expect(store.call("views.push", { trigger_id: store.issueTrigger("U"), view: MODAL })).toEqual({
      ok: false,
      error: "push_limit_reached",
    });

    const changed = { ...MODAL, title: { type: "plain_text", text: "下書き保存済み" } };
    expect(store.call("views.update", { view_id: root.id, hash: "stale", view: changed })).toEqual({
      ok: false,
      error: "hash_conflict",
    });
    expect(store.call("views.update", { view_id: "V_NONE", view: changed })).toEqual({
      ok: false,
      error: "not_found",
    });
    const updated = opened(store.call("views.update", { view_id: root.id, hash: root.hash, view: changed }));
    expect(updated.id).toBe(root.id);
    expect(updated.hash).not.toBe(root.hash);
    expect(store.views()[0]?.view.title).toEqual(changed.title);
  });

  it("leaves other methods to the stand-in", () => {
    expect(setup().store.call("chat.postMessage", {})).toBeNull();
  });
});

describe("ModalStore: the bot's answer to a view_submission", () => {
  function withTwo() {
    const { store } = setup();
    const root = opened(store.call("views.open", { trigger_id: store.issueTrigger("U"), view: MODAL }));
    const top = opened(store.call("views.push", { trigger_id: store.issueTrigger("U"), view: MODAL }));
    return { store, root, top };
  }

  it("errors: keeps the stack and returns the texts", () => {
    const { store, top } = withTwo();
    expect(store.applySubmission(String(top.id), { kind: "errors", errors: { result: "必要です" } })).toEqual(
      {
        result: "必要です",
      },
    );
    expect(store.views()).toHaveLength(2);
  });

  it("an empty answer closes the submitted view; clear closes them all", () => {
    const { store, root, top } = withTwo();
    expect(store.applySubmission(String(top.id), { kind: "close" })).toBeNull();
    expect(store.views().map((v) => v.view.id)).toEqual([root.id]);
    const again = withTwo();
    again.store.applySubmission(String(again.top.id), { kind: "clear" });
    expect(again.store.views()).toEqual([]);
  });

  it("update replaces the submitted view in place; push adds one", () => {
    const { store, root, top } = withTwo();
    const next = { ...MODAL, title: { type: "plain_text", text: "確認" } };
    expect(store.applySubmission(String(top.id), { kind: "update", view: next })).toBeNull();
    expect(store.views().map((v) => v.view.id)).toEqual([root.id, top.id]);
    expect(store.views()[1]?.view.title).toEqual(next.title);
    expect(store.applySubmission(String(top.id), { kind: "push", view: next })).toBeNull();
    expect(store.views()).toHaveLength(3);
    expect(store.applySubmission(String(top.id), { kind: "update", view: { type: "modal" } })).toEqual({
      "": "ボットが返した画面（response_action: update）の形式が正しくありません",
    });
  });

  it("the close button goes back to the view beneath", () => {
    const { store, root } = withTwo();
    store.closeTop();
    expect(store.views().map((v) => v.view.id)).toEqual([root.id]);
  });
});

describe("state.values", () => {
  const view = () => {
    const store = new ModalStore(() => 0);
    return opened(store.call("views.open", { trigger_id: store.issueTrigger("U"), view: MODAL }));
  };

  it("has Slack's shape for every input block, entered or not", () => {
    expect(stateValuesOf(view(), { result: { text: "実績あり" }, status: { choice: "behind" } })).toEqual({
      result: { text: { type: "plain_text_input", value: "実績あり" } },
      status: {
        choice: {
          type: "static_select",
          selected_option: { text: { type: "plain_text", text: "遅れ" }, value: "behind" },
        },
      },
      b3: { a3: { type: "radio_buttons", selected_option: null } },
      count: { n: { type: "number_input", value: null } },
    });
  });

  it("counts an option the view does not offer as nothing chosen", () => {
    expect(stateValuesOf(view(), { status: { choice: "invented" } }).status).toEqual({
      choice: { type: "static_select", selected_option: null },
    });
  });

  it("is checked as Slack checks it before sending: required, lengths, numbers", () => {
    const v = view();
    expect(clientSideErrors(v, stateValuesOf(v, {}))).toEqual({
      result: "この項目は必須です",
      status: "この項目は必須です",
    });
    expect(
      clientSideErrors(
        v,
        stateValuesOf(v, { result: { text: "実績" }, status: { choice: "behind" }, count: { n: "1.5" } }),
      ),
    ).toEqual({ result: "3 文字以上で入力してください", count: "整数を入力してください" });
    expect(
      clientSideErrors(
        v,
        stateValuesOf(v, {
          result: { text: "12345678901" },
          status: { choice: "behind" },
          count: { n: "-1" },
        }),
      ),
    ).toEqual({ result: "10 文字以内で入力してください", count: "0 以上の値を入力してください" });
    expect(
      clientSideErrors(v, stateValuesOf(v, { result: { text: "実績です" }, status: { choice: "on_track" } })),
    ).toEqual({});
  });
});
