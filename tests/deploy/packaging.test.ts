/**
 * The packaging an IT department copies: .env.example lists every variable the configuration reads, each with a
 * Japanese comment, and loads as it is; the systemd unit runs node itself on dist/main.js; the Dockerfile's
 * HEALTHCHECK one-liner really tells a live /healthz from a dead port (the image itself cannot be built here).
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { type HealthServer, startHealthServer } from "../../src/health.ts";
import { BotMetrics } from "../../src/metrics.ts";
import { REPO_ROOT } from "../support/seed.ts";

const read = (path: string) => readFileSync(join(REPO_ROOT, path), "utf8");

/** Every environment variable src/ reads: the keys of config.ts's zod shapes. */
function configVariables(): string[] {
  const names = new Set<string>();
  for (const m of read("src/config.ts").matchAll(/^ {2}([A-Z][A-Z_]+):/gm)) names.add(m[1] as string);
  return [...names].sort();
}

function envFile(path: string): { vars: Map<string, string>; lines: string[] } {
  const lines = read(path).split("\n");
  const vars = new Map<string, string>();
  for (const line of lines) {
    const m = line.match(/^#?([A-Z][A-Z_]+)=(.*)$/);
    if (m) vars.set(m[1] as string, m[2] as string);
  }
  return { vars, lines };
}

describe(".env.example", () => {
  const { vars, lines } = envFile(".env.example");

  it("lists every variable the configuration reads, and no other", () => {
    expect(configVariables()).toContain("HEALTH_PORT");
    expect(configVariables()).toContain("REMINDER_TIMEZONE");
    expect([...vars.keys()].sort()).toEqual(configVariables());
  });

  it("puts a Japanese comment right above each variable", () => {
    for (const name of vars.keys()) {
      const i = lines.findIndex((l) => l.startsWith(`${name}=`));
      expect(lines[i - 1], name).toMatch(/^# .*[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  it("loads as it is: the playground, since no token is set", () => {
    const env = Object.fromEntries(vars);
    expect(loadConfig(env).mode).toBe("playground");
  });
});

describe("deploy/osaki-plan-bot.env.example", () => {
  it("uses only variables the configuration knows", () => {
    const { vars } = envFile("deploy/osaki-plan-bot.env.example");
    expect(vars.size).toBeGreaterThan(5);
    for (const name of vars.keys()) expect(configVariables()).toContain(name);
  });
});

describe("the systemd unit", () => {
  const unit = read("deploy/osaki-plan-bot.service");
  it("runs node directly on the compiled entry point, so SIGTERM reaches the bot", () => {
    expect(unit).toMatch(/^ExecStart=\/usr\/bin\/node dist\/main\.js$/m);
    expect(unit).not.toMatch(/^ExecStart=.*\b(npm|tsx)\b/m);
  });
  it("reads an environment file, restarts on failure and keeps its state in a state directory", () => {
    expect(unit).toMatch(/^EnvironmentFile=\/etc\/osaki-plan-bot\/osaki-plan-bot\.env$/m);
    expect(unit).toMatch(/^Restart=on-failure$/m);
    expect(unit).toMatch(/^StateDirectory=osaki-plan-bot$/m);
    expect(unit).toMatch(/^Environment=STATE_DB=\/var\/lib\/osaki-plan-bot\/state\.db$/m);
  });
});

describe("the Dockerfile", () => {
  const dockerfile = read("Dockerfile");

  it("builds in one stage and runs a production install as a non-root user in another", () => {
    expect(dockerfile.match(/^FROM /gm)).toHaveLength(2);
    expect(dockerfile).toMatch(/^RUN npm ci --omit=dev/m);
    expect(dockerfile).toMatch(/^COPY --from=build \/app\/dist \.\/dist$/m);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^VOLUME \["\/var\/lib\/osaki-plan-bot"\]$/m);
    expect(dockerfile).toMatch(/^CMD \["node", "dist\/main\.js"\]$/m);
  });

  describe("its HEALTHCHECK", () => {
    const command = dockerfile.match(/CMD \["node", "-e", "(.+)"\]\n/)?.[1];
    let server: HealthServer;
    beforeAll(async () => {
      server = await startHealthServer({
        port: 0,
        host: "127.0.0.1",
        source: { mode: "socket", slack: () => "connected", metrics: new BotMetrics() },
      });
    });
    afterAll(() => server.stop());

    // Asynchronous: the health server answers from this same process.
    const check = async (env: Record<string, string>) => {
      const child = spawn(process.execPath, ["-e", command as string], {
        env: { ...env, PATH: process.env.PATH },
      });
      const [code] = await once(child, "exit");
      return code;
    };

    it("needs no curl: a node one-liner", () => {
      expect(command).toBeDefined();
      expect(dockerfile).not.toMatch(/curl|wget/);
    });

    it("passes against a live /healthz on the Socket Mode health port, fails on a dead one", async () => {
      const port = new URL(server.url).port;
      expect(await check({ SLACK_APP_TOKEN: "xapp-1", HEALTH_PORT: port })).toBe(0);
      expect(await check({ PORT: port })).toBe(0);
      expect(await check({ SLACK_APP_TOKEN: "xapp-1", HEALTH_PORT: "1" })).toBe(1);
    });
  });
});
