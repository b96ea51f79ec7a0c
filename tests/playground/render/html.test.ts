import { describe, expect, it } from "vitest";
import { escapeText, html, joinHtml, SafeHtml, safeHref } from "../../../src/playground/render/html.ts";

describe("html", () => {
  it("escapes interpolated strings for text and double-quoted attributes", () => {
    const value = `"'<>&`;
    expect(html`<b title="${value}">${value}</b>`.value).toBe(
      '<b title="&quot;&#39;&lt;&gt;&amp;">&quot;&#39;&lt;&gt;&amp;</b>',
    );
  });

  it("keeps fragments built with html, joins arrays and prints nothing for null, undefined and false", () => {
    const inner = html`<i>${"<x>"}</i>`;
    expect(html`<p>${inner}${[inner, "&"]}${null}${undefined}${false}${0}</p>`.value).toBe(
      "<p><i>&lt;x&gt;</i><i>&lt;x&gt;</i>&amp;0</p>",
    );
    expect(joinHtml([escapeText("a"), escapeText("b")], "<br>").value).toBe("a&lt;br&gt;b");
  });

  it("cannot be forged from a plain string", () => {
    // biome-ignore lint/suspicious/noExplicitAny: proving the runtime guard against a caller that ignores types
    expect(() => new SafeHtml("forged" as any, "<script>")).toThrow();
  });
});

describe("safeHref", () => {
  it("allows web and mail links only", () => {
    expect(safeHref("https://example.jp/a b")).toBe("https://example.jp/a%20b");
    expect(safeHref("mailto:kaikaku@example.jp")).toBe("mailto:kaikaku@example.jp");
    expect(safeHref("javascript:alert(1)")).toBeNull();
    expect(safeHref(" JavaScript:alert(1)")).toBeNull();
    expect(safeHref("data:text/html,x")).toBeNull();
    expect(safeHref("/play/message")).toBeNull();
  });
});
