/**
 * `npm run backup` called in-process through its `main`: a copy taken while another connection keeps writing is a
 * whole database at one moment (no half transaction), with the rows; usage errors exit 2, a missing database 1.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/backup.ts";
import type { CliIo } from "../../src/cli/io.ts";

function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    stdin: { isTTY: true, lines: async function* () {} },
    now: () => new Date("2026-11-30T00:00:00Z"),
    sleep: async () => {},
  };
  return { io, out, err };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "backup-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A WAL database like the bot's, big enough that the backup takes many steps. */
function seed(path: string): Database.Database {
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.exec("CREATE TABLE pairs (batch INTEGER NOT NULL, side TEXT NOT NULL, pad TEXT NOT NULL)");
  const insert = db.prepare("INSERT INTO pairs (batch, side, pad) VALUES (?, ?, ?)");
  const pair = db.transaction((batch: number) => {
    insert.run(batch, "a", "x".repeat(2000));
    insert.run(batch, "b", "x".repeat(2000));
  });
  for (let i = 0; i < 1000; i++) pair(i);
  return db;
}

describe("npm run backup", () => {
  it("copies a database that another connection writes to meanwhile, whole and readable", async () => {
    const source = join(dir, "state.db");
    const writer = seed(source);
    const insert = writer.prepare("INSERT INTO pairs (batch, side, pad) VALUES (?, ?, ?)");
    const pair = writer.transaction((batch: number) => {
      insert.run(batch, "a", "y");
      insert.run(batch, "b", "y");
    });
    // Writes between the backup's steps (each step yields to the event loop), each a two-row transaction.
    let batch = 1000;
    let writing = true;
    let writes = 0;
    const write = () => {
      if (!writing || writes >= 20) return;
      pair(batch++);
      writes++;
      setImmediate(write);
    };
    setImmediate(write);

    const target = join(dir, "copy.db");
    const { io, out, err } = captureIo();
    const status = await main([target], { STATE_DB: source }, io);
    writing = false;

    expect(err.join("")).toBe("");
    expect(status).toBe(0);
    expect(out.join("")).toContain(`バックアップしました: ${target}`);
    expect(writes).toBeGreaterThan(0);
    const copy = new Database(target, { readonly: true });
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    const rows = copy.prepare("SELECT count(*) AS n FROM pairs").get() as { n: number };
    // Every seeded row, and only whole transactions of the later ones.
    expect(rows.n).toBeGreaterThanOrEqual(2000);
    expect(rows.n % 2).toBe(0);
    const halves = copy
      .prepare("SELECT count(*) AS n FROM (SELECT batch FROM pairs GROUP BY batch HAVING count(*) <> 2)")
      .get() as { n: number };
    expect(halves.n).toBe(0);
    copy.close();
    writer.close();
  });

  it("refuses to overwrite a file unless --force, and then overwrites it", async () => {
    const source = join(dir, "state.db");
    seed(source).close();
    const target = join(dir, "old.db");
    writeFileSync(target, "not a database");
    const first = captureIo();
    expect(await main([target], { STATE_DB: source }, first.io)).toBe(2);
    expect(first.err.join("")).toContain("--force");
    const second = captureIo();
    expect(await main(["--force", target], { STATE_DB: source }, second.io)).toBe(0);
    const copy = new Database(target, { readonly: true });
    expect((copy.prepare("SELECT count(*) AS n FROM pairs").get() as { n: number }).n).toBe(2000);
    copy.close();
  });

  it("says so when there is no database, and creates none", async () => {
    const { io, err } = captureIo();
    const missing = join(dir, "none.db");
    expect(await main([join(dir, "copy.db")], { STATE_DB: missing }, io)).toBe(1);
    expect(err.join("")).toContain("STATE_DB");
    expect(existsSync(missing)).toBe(false);
    expect(existsSync(join(dir, "copy.db"))).toBe(false);
  });

  it("needs exactly one target and never the database itself", async () => {
    const none = captureIo();
    expect(await main([], {}, none.io)).toBe(2);
    expect(none.err.join("")).toContain("使い方:");
    const same = captureIo();
    const source = join(dir, "state.db");
    seed(source).close();
    expect(await main([source], { STATE_DB: source }, same.io)).toBe(2);
    const typo = captureIo();
    expect(await main(["--forse", "x.db"], {}, typo.io)).toBe(2);
  });
});
