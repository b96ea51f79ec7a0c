import { describe, expect, it } from "vitest";
import {
  capBlocks,
  escapeMrkdwn,
  header,
  LIMITS,
  section,
  sections,
  truncate,
} from "../../src/views/blocks.ts";

describe("Block Kit limits", () => {
  it("cuts a header to 150 characters", () => {
    const h = header("あ".repeat(200)) as { text: { text: string } };
    expect([...h.text.text]).toHaveLength(150);
    expect(h.text.text.endsWith("…")).toBe(true);
  });

  it("cuts section text to 3,000 characters with a pointer to 「詳細」", () => {
    const s = section("い".repeat(5000)) as { text: { text: string } };
    expect([...s.text.text]).toHaveLength(LIMITS.sectionText);
    expect(s.text.text.endsWith("（続きは「詳細」で）")).toBe(true);
  });

  it("splits long text over several sections at line ends instead of cutting it", () => {
    const lines = Array.from({ length: 100 }, (_, i) => `${i}: ${"う".repeat(80)}`);
    const out = sections(lines.join("\n")) as { text: { text: string } }[];
    expect(out.length).toBeGreaterThan(1);
    for (const s of out) expect([...s.text.text].length).toBeLessThanOrEqual(LIMITS.sectionText);
    expect(out.map((s) => s.text.text).join("\n")).toBe(lines.join("\n"));
  });

  it("keeps a message within 50 blocks and says something was left out", () => {
    const blocks = capBlocks(Array.from({ length: 80 }, () => section("x")));
    expect(blocks).toHaveLength(50);
    expect(JSON.stringify(blocks.at(-1))).toContain("省略");
  });

  it("counts characters, not UTF-16 units", () => expect(truncate("😀😀😀", 2, "")).toBe("😀😀"));

  it("escapes mrkdwn control characters", () =>
    expect(escapeMrkdwn("<!here> & <@U1>")).toBe("&lt;!here&gt; &amp; &lt;@U1&gt;"));
});
