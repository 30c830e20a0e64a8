# syntax=docker/dockerfile:1.7
# Agora: one image for the API (which also serves the built web app) and its migration step.
#   docker build -t agora .
#   docker run --rm -e DATABASE_URL=postgres://… agora node dist/apps/api/migrate.js   # once per release
#   docker run -p 3000:3000 -e DATABASE_URL=postgres://… -e PUBLIC_URL=https://… agora

ARG NODE_IMAGE=node:20.19-bookworm-slim

# ---- build: every dependency, the API bundle, the web app --------------------------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /src
ENV CI=true NX_DAEMON=false NX_NO_CLOUD=true
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN node tools/build/api.build.mjs main=apps/api/src/main.ts migrate=deploy/docker/migrate.ts \
 && npx nx run web:build --outputStyle=static \
 && npm prune --omit=dev --no-audit --no-fund

# ---- runtime: production dependencies and built files only, as an unprivileged user ------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production PORT=3000 AGORA_DEMO=false AGORA_DATA_DIR=/tmp/agora AGORA_WEB_DIR=/app/dist/apps/web/browser
WORKDIR /app
RUN groupadd --system --gid 10001 agora && useradd --system --uid 10001 --gid agora --no-create-home --shell /usr/sbin/nologin agora
COPY --from=build --chown=root:root /src/package.json ./package.json
COPY --from=build --chown=root:root /src/node_modules ./node_modules
COPY --from=build --chown=root:root /src/dist/apps/api ./dist/apps/api
COPY --from=build --chown=root:root /src/dist/apps/web ./dist/apps/web
COPY --chown=root:root deploy/docker/entrypoint.sh /usr/local/bin/agora-entrypoint
USER 10001:10001
EXPOSE 3000
# Liveness only: a database outage must not make the orchestrator kill every API process.
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["/usr/local/bin/agora-entrypoint"]
CMD ["serve"]
