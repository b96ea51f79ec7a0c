/**
 * The import rules of docs/architecture.md, checked on every file of src/: the domain (plan/, ask/, reminders/,
 * state/) knows nothing of Slack's views or listeners, views never reach back into listeners, and no two folders
 * import each other (directly or around a loop).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "./support/seed.ts";

const SRC = resolve(REPO_ROOT, "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

/** "plan", "views", … for a file in a folder; the file's own name for a file at the top of src/. */
function moduleOf(file: string): string {
  const rel = relative(SRC, file).split("/");
  return rel.length > 1 ? (rel[0] as string) : (rel[0] as string).replace(/\.ts$/, "");
}

const edges: { from: string; to: string; file: string }[] = [];
for (const file of sourceFiles(SRC)) {
  const text = readFileSync(file, "utf8");
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)[^;]*?from\s+"(\.[^"]+)"/g)) {
    const target = resolve(dirname(file), m[1] as string);
    const from = moduleOf(file);
    const to = moduleOf(target);
    if (from !== to) edges.push({ from, to, file: relative(REPO_ROOT, file) });
  }
}

/** Which folders each folder must never import. */
const FORBIDDEN: Record<string, string[]> = {
  plan: [
    "ask",
    "wording",
    "views",
    "reminders",
    "listeners",
    "slack",
    "state",
    "playground",
    "cli",
    "app",
    "main",
  ],
  ask: ["wording", "views", "reminders", "listeners", "slack", "state", "playground", "cli", "app", "main"],
  state: [
    "plan",
    "ask",
    "wording",
    "views",
    "reminders",
    "reports",
    "listeners",
    "slack",
    "playground",
    "cli",
  ],
  reports: ["views", "listeners", "slack", "playground", "cli", "app", "main", "ask", "wording"],
  reminders: ["views", "listeners", "playground", "cli", "app", "main", "ask", "wording"],
  wording: ["views", "listeners", "slack", "playground", "cli", "app", "main"],
  slack: ["plan", "ask", "wording", "views", "reminders", "listeners", "state", "playground", "cli"],
  views: ["listeners", "slack", "playground", "cli", "app", "main"],
  listeners: ["playground", "cli", "app", "main"],
  text: ["plan", "ask", "wording", "views", "reminders", "listeners", "slack", "state", "playground", "cli"],
};

describe("architecture", () => {
  it("finds the imports it checks", () => {
    expect(edges.length).toBeGreaterThan(50);
    expect(edges.some((e) => e.from === "views" && e.to === "plan")).toBe(true);
  });

  for (const [from, forbidden] of Object.entries(FORBIDDEN)) {
    it(`${from}/ imports none of ${forbidden.join(", ")}`, () => {
      const wrong = edges.filter((e) => e.from === from && forbidden.includes(e.to));
      expect(wrong.map((e) => `${e.file} → ${e.to}/`)).toEqual([]);
    });
  }

  it("has no cycle between folders", () => {
    const graph = new Map<string, Set<string>>();
    for (const e of edges) graph.set(e.from, (graph.get(e.from) ?? new Set()).add(e.to));
    const cycles: string[] = [];
    const visit = (node: string, path: string[]) => {
      for (const next of graph.get(node) ?? []) {
        if (next === path[0]) cycles.push([...path, next].join(" → "));
        else if (!path.includes(next) && next > (path[0] as string)) visit(next, [...path, next]);
      }
    };
    for (const node of graph.keys()) visit(node, [node]);
    expect(cycles).toEqual([]);
  });
});
