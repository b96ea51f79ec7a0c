/**
 * Start-up time (spawn → the playground's "listening" line) and resident memory of the compiled bot
 * (`node dist/main.js`) against `node --import tsx src/main.ts`, in playground mode, alternating runs so both
 * see the same machine load. Prints one line per run and the medians. Not a test: these machines are shared.
 *
 *   node scripts/measure-start.mjs [runs per variant, default 5]
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus } from "node:os";

const RUNS = Number(process.argv[2] ?? 5);
const VARIANTS = {
  compiled: ["dist/main.js"],
  tsx: ["--import", "tsx", "src/main.ts"],
};

const rssMb = (pid) => {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+) kB/m);
  return line ? Number(line[1]) / 1024 : Number.NaN;
};

function once(args) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, {
      env: { PATH: process.env.PATH, PORT: "0" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
      if (!out.includes("http://127.0.0.1:")) return;
      const ms = performance.now() - started;
      const atReady = rssMb(child.pid);
      // RSS a moment later too: what the process keeps, once start-up garbage is collectable.
      setTimeout(() => {
        const settled = rssMb(child.pid);
        child.kill("SIGTERM");
        child.once("exit", () => resolve({ ms, atReady, settled }));
      }, 3000);
      out = "";
    });
    child.once("error", reject);
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = { compiled: [], tsx: [] };
for (let i = 0; i < RUNS; i++)
  for (const [name, args] of Object.entries(VARIANTS)) {
    const r = await once(args);
    results[name].push(r);
    console.log(
      `${name.padEnd(8)} run ${i + 1}: ${r.ms.toFixed(0)} ms to listening, RSS ${r.atReady.toFixed(0)} MB at ready, ${r.settled.toFixed(0)} MB 3 s later`,
    );
  }
console.log(`\n${cpus().length} CPUs (${cpus()[0]?.model}), Node ${process.version}`);
for (const [name, rs] of Object.entries(results))
  console.log(
    `${name.padEnd(8)} median: ${median(rs.map((r) => r.ms)).toFixed(0)} ms, RSS ${median(rs.map((r) => r.atReady)).toFixed(0)} MB at ready / ${median(rs.map((r) => r.settled)).toFixed(0)} MB settled (min–max ms ${Math.min(...rs.map((r) => r.ms)).toFixed(0)}–${Math.max(...rs.map((r) => r.ms)).toFixed(0)})`,
  );
