/**
 * Builds dist/ from src/: `tsc -p tsconfig.build.json` (which rewrites the `.ts` import specifiers to `.js`), then
 * the playground's static page, which tsc does not copy.
 *
 * `node scripts/build.mjs` always builds. `--if-needed` is what `npm ci` (prepare) and `npm start` / `npm run ask`
 * … (their pre-scripts) run, so that nobody has to remember a build step: it builds only when a source is newer
 * than the last build, and on a production install (`npm ci --omit=dev`: no TypeScript) it uses the dist/ that
 * was built beforehand, or says how to build it.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { copyAssets } from "./copy-assets.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DIST = join(ROOT, "dist");
/** Written last, so a build that stopped half-way is not mistaken for a finished one. */
const STAMP = join(DIST, ".build-complete");
/** What a build reads: a change to any of these means dist/ is out of date. */
const INPUTS = [
  "src",
  "tsconfig.json",
  "tsconfig.build.json",
  "scripts/build.mjs",
  "scripts/copy-assets.mjs",
];

function newestMtime(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function isUpToDate() {
  const stamp = statSync(STAMP, { throwIfNoEntry: false });
  if (!stamp) return false;
  return INPUTS.every((input) => newestMtime(join(ROOT, input)) <= stamp.mtimeMs);
}

function typescriptCompiler() {
  try {
    return createRequire(join(ROOT, "package.json")).resolve("typescript/bin/tsc");
  } catch {
    return null;
  }
}

function build(tsc) {
  // A clean build: a source file removed from src/ must not live on in dist/.
  rmSync(DIST, { recursive: true, force: true });
  const run = spawnSync(process.execPath, [tsc, "-p", join(ROOT, "tsconfig.build.json")], {
    cwd: ROOT,
    stdio: "inherit",
  });
  if (run.status !== 0) {
    console.error("ビルド（tsc -p tsconfig.build.json）に失敗しました。上の表示を確かめてください。");
    process.exit(run.status ?? 1);
  }
  copyAssets(ROOT, DIST);
  mkdirSync(DIST, { recursive: true });
  // Keeps dist/ out of git and out of Biome's check (it reads .gitignore files), whatever the top-level
  // .gitignore says.
  writeFileSync(join(DIST, ".gitignore"), "*\n");
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
}

const ifNeeded = process.argv.includes("--if-needed");
const tsc = typescriptCompiler();
if (!ifNeeded) {
  if (!tsc) {
    console.error("TypeScript が入っていません。npm ci（--omit=dev なし）を実行してからビルドしてください。");
    process.exit(1);
  }
  build(tsc);
} else if (tsc) {
  if (!isUpToDate()) build(tsc);
} else if (!existsSync(join(DIST, "main.js"))) {
  // A production install (`npm ci --omit=dev`) has no compiler: dist/ must come from a build made elsewhere.
  console.error(
    "dist/ がありません。開発用の依存を含めて npm ci と npm run build を実行した dist/ を置いてから、" +
      "npm ci --omit=dev を実行してください（README「本番環境での運用」）。",
  );
  process.exit(1);
}
