# 改革プランBot: multi-stage image. The build stage compiles TypeScript to dist/; the runtime stage installs only
# the production dependencies (no TypeScript, no tsx) and runs node directly on dist/main.js, so SIGTERM from
# `docker stop` reaches the bot (npm would not pass it on).
# Untested here: these machines cannot pull base images. CI runs the same steps without Docker (.ci/run).

FROM node:24-bookworm-slim AS build
# better-sqlite3 compiles from source when its prebuilt binary cannot be downloaded.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
# prepare builds dist/ as part of npm ci.
RUN npm ci --no-audit --no-fund

FROM node:24-bookworm-slim AS runtime
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY --from=build /app/dist ./dist
# prepare finds dist/ and does not build (there is no TypeScript here); the compilers leave with the layer below.
RUN npm ci --omit=dev --no-audit --no-fund \
  && apt-get purge -y python3 make g++ && apt-get autoremove -y && npm cache clean --force
COPY data ./data
COPY manifest.yml ./

ENV NODE_ENV=production \
    STATE_DB=/var/lib/osaki-plan-bot/state.db \
    PORT=3000 \
    HOST=0.0.0.0 \
    HEALTH_PORT=3001 \
    HEALTH_HOST=127.0.0.1 \
    LOG_FORMAT=json
RUN mkdir -p /var/lib/osaki-plan-bot && chown node:node /var/lib/osaki-plan-bot
VOLUME ["/var/lib/osaki-plan-bot"]
USER node
EXPOSE 3000
# HTTP mode answers /healthz on PORT; Socket Mode on HEALTH_PORT (loopback inside the container). The slim image
# has no HTTP client, so node itself asks.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "const p=process.env.SLACK_APP_TOKEN?process.env.HEALTH_PORT:process.env.PORT;fetch('http://127.0.0.1:'+p+'/healthz',{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "dist/main.js"]
