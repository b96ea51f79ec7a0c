import { describe, expect, it } from "vitest";
import { decodeEntities, renderMrkdwn, renderPlainText } from "../../../src/playground/render/mrkdwn.ts";

const render = (text: string) => renderMrkdwn(text).value;

describe("renderMrkdwn: formatting", () => {
  it("bold, italic, strike and code, nested as Slack allows", () => {
    expect(render("*太字* _斜体_ ~取消~ `コード` *I am _very_ excited*")).toBe(
      '<b>太字</b> <i>斜体</i> <s>取消</s> <code class="mk-code">コード</code> <b>I am <i>very</i> excited</b>',
    );
  });

  it("leaves markers inside code alone", () => {
    expect(render("`a *b* _c_`")).toBe('<code class="mk-code">a *b* _c_</code>');
  });

  it("formats only at word boundaries, like Slack: Japanese next to a marker stays literal", () => {
    expect(render("の*達成*です")).toBe("の*達成*です");
    expect(render("「*達成*」")).toBe("「*達成*」");
    expect(render("状況: *達成* です")).toBe("状況: <b>達成</b> です");
    expect(render("(*達成*)")).toBe("(<b>達成</b>)");
  });

  it("needs text right inside the markers and stays on one line", () => {
    expect(render("* 箇条 *")).toBe("* 箇条 *");
    expect(render("**")).toBe("**");
    expect(render("*一行目\n二行目*")).toBe("*一行目\n二行目*");
    expect(render("2 * 3 * 4")).toBe("2 * 3 * 4");
  });
});

describe("renderMrkdwn: entities and escaping", () => {
  it("decodes Slack's three entities once and escapes again for HTML", () => {
    expect(render("A &amp; B &lt;b&gt; &amp;lt;")).toBe("A &amp; B &lt;b&gt; &amp;lt;");
    expect(decodeEntities("A &amp; B &lt;b&gt; &amp;lt;")).toBe("A & B <b> &lt;");
  });

  it("shows an escaped <script> as text", () => {
    expect(render("&lt;script&gt;alert(1)&lt;/script&gt;")).toBe("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("shows a raw <script> (a view that forgot to escape) as inert text", () => {
    expect(render("<script>alert(1)</script>")).toBe("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("escapes quotes and markup characters in every piece of text", () => {
    expect(render(`*"><img src=x onerror=alert(1)>* \`</code><script>\``)).toBe(
      "<b>&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</b> " +
        '<code class="mk-code">&lt;/code&gt;&lt;script&gt;</code>',
    );
  });
});

describe("renderMrkdwn: links, mentions and broadcasts", () => {
  it("links web addresses, with or without a label, decoding &amp; in the URL", () => {
    expect(render("<https://www.city.osaki.miyagi.jp/a?b=1&amp;c=2|報告書> <https://example.jp>")).toBe(
      '<a class="mk-link" href="https://www.city.osaki.miyagi.jp/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer">報告書</a> ' +
        '<a class="mk-link" href="https://example.jp/" target="_blank" rel="noopener noreferrer">https://example.jp</a>',
    );
  });

  it("never links javascript: or data: URLs", () => {
    // The data: sequence ends at the first ">", as in Slack; the rest is plain text.
    expect(render("<javascript:alert(1)|押して> <data:text/html,<b>x</b>>")).toBe(
      "押して data:text/html,&lt;bx&lt;/b&gt;&gt;",
    );
  });

  it("escapes a label that tries to break out of the link", () => {
    expect(render('<https://example.jp|"><script>x</script>>')).toBe(
      '<a class="mk-link" href="https://example.jp/" target="_blank" rel="noopener noreferrer">&quot;</a>&lt;script&gt;x&lt;/script&gt;&gt;',
    );
  });

  it("turns mentions and broadcasts into inert badges", () => {
    expect(render("<@U123> <@U456|taro> <#C789|general> <!channel> <!here> <!subteam^S1|@改革チーム>")).toBe(
      '<span class="mention">@U123</span> <span class="mention">@taro</span> <span class="mention">#general</span> ' +
        '<span class="mention mention-broadcast">@channel</span> <span class="mention mention-broadcast">@here</span> ' +
        '<span class="mention">@改革チーム</span>',
    );
  });

  it("shows a known user's display name for a mention, as Slack does, and the ID for an unknown one", () => {
    const users = new Map([
      ["U_PLAYGROUND", "試用ユーザー"],
      ["UBOT", "<改革プランBot>"],
    ]);
    expect(renderMrkdwn("<@U_PLAYGROUND> さんが共有しました", users).value).toBe(
      '<span class="mention">@試用ユーザー</span> さんが共有しました',
    );
    // Slack shows the current name, not the label a message carries; names are escaped like any text.
    expect(renderMrkdwn("<@U_PLAYGROUND|old> *<@UBOT>* <@U999> <@U998|taro>", users).value).toBe(
      '<span class="mention">@試用ユーザー</span> <b><span class="mention">@&lt;改革プランBot&gt;</span></b> ' +
        '<span class="mention">@U999</span> <span class="mention">@taro</span>',
    );
  });

  it("shows a date's fallback text", () => {
    expect(render("<!date^1392734382^{date_num}|2014-02-18>")).toBe("2014-02-18");
  });

  it("keeps an escaped <!channel> as text: it pings no one", () => {
    expect(render("&lt;!channel&gt; の件")).toBe("&lt;!channel&gt; の件");
  });
});

describe("renderMrkdwn: lines, lists, quotes, code blocks", () => {
  it("keeps line breaks as newlines (the page shows them with pre-wrap)", () => {
    expect(render("一行目\n\n三行目")).toBe("一行目\n\n三行目");
  });

  it("draws bullet lines as their own block, with the bullet as written", () => {
    expect(render("取組:\n• 一つ目\n・二つ目\n終わり")).toBe(
      '取組:<span class="mk-li">• 一つ目</span><span class="mk-li">・二つ目</span>終わり',
    );
  });

  it("groups quote lines, written as > or &gt;", () => {
    expect(render("> 引用 *太字*\n&gt; 二行目\n本文")).toBe(
      '<blockquote class="mk-quote">引用 <b>太字</b>\n二行目</blockquote>本文',
    );
  });

  it("shows ```pre``` blocks as written, without formatting, dropping the newlines next to the fences", () => {
    expect(render("前\n```\nconst a = 1 &lt; 2;\n*no*\n```\n後")).toBe(
      '前<pre class="mk-pre">const a = 1 &lt; 2;\n*no*</pre>後',
    );
  });

  it("leaves an unclosed fence as text", () => {
    expect(render("```開いたまま")).toBe("```開いたまま");
  });
});

describe("emoji shortcodes", () => {
  it("turns the views' shortcodes into emoji and leaves unknown ones as text", () => {
    expect(
      render(":white_check_mark: 達成 :large_blue_circle: :warning: :white_circle: :no_such_emoji:"),
    ).toBe(
      '<span class="emoji" title=":white_check_mark:">✅</span> 達成 ' +
        '<span class="emoji" title=":large_blue_circle:">🔵</span> ' +
        '<span class="emoji" title=":warning:">⚠️</span> ' +
        '<span class="emoji" title=":white_circle:">⚪</span> :no_such_emoji:',
    );
  });

  it("does not mistake times for shortcodes", () => {
    expect(render("10:30:00 に開始")).toBe("10:30:00 に開始");
  });

  it("works in plain text too, which is otherwise shown exactly as written", () => {
    expect(renderPlainText(":mag: <b>検索</b> &amp; *そのまま*").value).toBe(
      '<span class="emoji" title=":mag:">🔍</span> &lt;b&gt;検索&lt;/b&gt; &amp;amp; *そのまま*',
    );
    expect(renderPlainText(":mag:", false).value).toBe(":mag:");
  });
});
