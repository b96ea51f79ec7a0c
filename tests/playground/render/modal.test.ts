import { describe, expect, it } from "vitest";
import { renderModal } from "../../../src/playground/render/modal.ts";

const plain = (text: string) => ({ type: "plain_text", text });

describe("renderModal", () => {
  it("draws the title, the blocks, the inputs with their settings, and the view's own button texts", () => {
    const modal = renderModal({
      id: "V1",
      hash: "h1",
      title: plain("進捗を報告"),
      submit: plain("提出"),
      close: plain("やめる"),
      blocks: [
        { type: "section", block_id: "s", text: { type: "mrkdwn", text: "*No.18*" } },
        {
          type: "input",
          block_id: "result",
          optional: true,
          label: plain("実績"),
          hint: plain("数字があれば"),
          element: {
            type: "plain_text_input",
            action_id: "text",
            multiline: true,
            max_length: 500,
            min_length: 2,
            initial_value: "前回の文",
            placeholder: plain("例"),
          },
        },
        {
          type: "input",
          block_id: "status",
          label: plain("状況"),
          element: {
            type: "static_select",
            action_id: "choice",
            options: [
              { text: plain("順調"), value: "on_track" },
              { text: plain("遅れ"), value: "behind" },
            ],
            initial_option: { text: plain("遅れ"), value: "behind" },
          },
        },
        {
          type: "input",
          block_id: "scope",
          label: plain("公開範囲"),
          element: {
            type: "radio_buttons",
            action_id: "radio",
            options: [{ text: plain("全庁"), value: "all" }],
          },
        },
      ],
    });
    expect(modal.id).toBe("V1");
    expect(modal.hash).toBe("h1");
    expect(modal.html).toContain(
      '<h2 class="modal-title" id="modal-title-V1"><span class="plain">進捗を報告</span></h2>',
    );
    expect(modal.html).toContain('<div class="bk-text"><span class="mrkdwn"><b>No.18</b></span></div>');
    expect(modal.html).toContain(
      '<label class="bk-input-label" for="input-V1-result"><span class="plain">実績</span><span class="bk-optional">（任意）</span></label>',
    );
    expect(modal.html).toContain(
      '<textarea class="bk-text-input" id="input-V1-result" rows="4" data-input data-block-id="result" data-action-id="text" data-element-type="plain_text_input" placeholder="例" maxlength="500" minlength="2">前回の文</textarea>',
    );
    expect(modal.html).toContain('<div class="bk-input-hint"><span class="plain">数字があれば</span></div>');
    expect(modal.html).toContain('<option value="behind" selected>遅れ</option>');
    expect(modal.html).toContain('<option value="">選択してください</option>');
    expect(modal.html).toContain(
      '<input type="radio" name="input-V1-scope" value="all" id="input-V1-scope">',
    );
    expect(modal.html).toContain(
      '<button type="button" class="modal-close" data-modal-close><span class="plain">やめる</span></button>',
    );
    expect(modal.html).toContain(
      '<button type="button" class="modal-submit" data-modal-submit><span class="plain">提出</span></button>',
    );
    expect(modal.html.match(/class="bk-input-error" role="alert" hidden/g)).toHaveLength(3);
  });

  it("names the close button as Slack does when the view does not, and has no submit without one", () => {
    const modal = renderModal({ id: "V2", title: plain("詳細"), blocks: [] });
    expect(modal.html).toContain("data-modal-close>閉じる</button>");
    expect(modal.html).not.toContain("data-modal-submit");
  });

  it("escapes everything the bot sent", () => {
    const evil = '"><img src=x onerror=alert(1)>';
    const modal = renderModal({
      id: evil,
      title: plain(evil),
      blocks: [
        {
          type: "input",
          block_id: evil,
          label: plain(evil),
          element: {
            type: "plain_text_input",
            action_id: evil,
            initial_value: evil,
            placeholder: plain(evil),
          },
        },
      ],
    });
    expect(modal.html).not.toContain("<img");
    expect(modal.html).toContain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
  });
});
