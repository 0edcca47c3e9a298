# syntax=docker/dockerfile:1
# Multi-stage build of the app as a Next.js standalone server (see docker-compose.yml).

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json prisma.config.ts ./
COPY scripts/postinstall.mjs scripts/postinstall.mjs
COPY prisma prisma
# Also runs our postinstall: `prisma generate` into lib/generated/prisma.
RUN npm ci

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone
COPY --from=deps /app/node_modules node_modules
COPY . .
COPY --from=deps /app/lib/generated lib/generated
RUN npm run build

FROM node:20-bookworm-slim AS runner
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
RUN groupadd --system --gid 1001 app && useradd --system --uid 1001 --gid app app
# The standalone build with the node_modules it needs (pg among them), its static assets, and
# the server (server/: the start script, which applies migrations, seeds an empty database and
# serves the build through the request pipeline; tests/unit/deployment.test.ts checks that every
# file it imports is copied), the command-line tools and the migrations.
COPY --from=build --chown=app:app /app/.next/standalone ./
COPY --from=build --chown=app:app /app/.next/static ./.next/static
COPY --from=build --chown=app:app /app/public ./public
COPY --from=build --chown=app:app /app/server ./server
COPY --from=build --chown=app:app /app/scripts ./scripts
COPY --from=build --chown=app:app /app/prisma ./prisma
USER app
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# V8 settings as in package.json's start script (scripts/lib/app-server.mjs says why).
CMD ["node", "--max-old-space-size=256", "--max-semi-space-size=8", "--v8-pool-size=1", "server/start.mjs"]
