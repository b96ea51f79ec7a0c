import { describe, expect, it } from "vitest";
import { createLogger } from "../src/logger.ts";

describe("logger", () => {
  it("redacts tokens and the given secrets at every level", () => {
    const lines: string[] = [];
    const log = createLogger({
      level: "debug",
      secrets: ["my-signing-secret"],
      sink: (_l, line) => lines.push(line),
    });
    log.debug("token", "xoxb-123-456-abcdef", { headers: { authorization: "Bearer xapp-1-A1-xyz" } });
    log.error(new Error("bad signature for my-signing-secret"));
    const all = lines.join("\n");
    expect(all).not.toMatch(/xoxb-123|xapp-1-A1|my-signing-secret/);
    expect(all).toContain("[REDACTED]");
  });

  it("drops lines below its level", () => {
    const lines: string[] = [];
    const log = createLogger({ level: "warn", sink: (_l, line) => lines.push(line) });
    log.info("quiet");
    log.warn("loud");
    expect(lines).toEqual([expect.stringContaining("loud")]);
  });
});
