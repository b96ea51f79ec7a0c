/**
 * Copies what tsc does not emit into the build: the playground's static page, which
 * src/playground/server.ts serves from `new URL("./page/", import.meta.url)`, so from dist/playground/page/ once
 * compiled. Kept apart from build.mjs so a test can copy into a folder of its own.
 */
import { cpSync } from "node:fs";
import { join } from "node:path";

/** [from, to] under the repository root and the output folder. */
export const ASSETS = [["src/playground/page", "playground/page"]];

export function copyAssets(root, outDir) {
  for (const [from, to] of ASSETS) cpSync(join(root, from), join(outDir, to), { recursive: true });
}
