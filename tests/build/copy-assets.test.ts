/**
 * The compiled playground serves its page from `new URL("./page/", import.meta.url)`, so from
 * dist/playground/page/ once built: the build's asset copy must put every file of src/playground/page/ there,
 * unchanged. (Compiling itself is checked by CI's `npm run build` and the smoke runs of dist/main.js.)
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs build script without type declarations
import { copyAssets } from "../../scripts/copy-assets.mjs";
import { REPO_ROOT } from "../support/seed.ts";

let out: string | undefined;
afterEach(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe("the build's asset copy", () => {
  it("puts every file of the playground page where the compiled server looks for it", () => {
    out = mkdtempSync(join(tmpdir(), "dist-"));
    copyAssets(REPO_ROOT, out);
    const source = join(REPO_ROOT, "src/playground/page");
    const names = readdirSync(source).sort();
    expect(names).toEqual(expect.arrayContaining(["index.html", "app.js", "style.css"]));
    // Where server.ts resolves the page from, were it compiled to out/playground/server.js.
    const served = new URL("./page/", `file://${join(out, "playground/server.js")}`);
    expect(readdirSync(served).sort()).toEqual(names);
    for (const name of names)
      expect(readFileSync(new URL(name, served), "utf8")).toBe(readFileSync(join(source, name), "utf8"));
  });

  it("matches how the server resolves its page", () => {
    const server = readFileSync(join(REPO_ROOT, "src/playground/server.ts"), "utf8");
    expect(server).toContain('new URL("./page/", import.meta.url)');
  });
});
