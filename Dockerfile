# syntax=docker/dockerfile:1
# awskey: multi-stage build on a current Node LTS slim image.
#   docker build -t awskey .
#   docker run --env-file .env awskey                       # Socket Mode
#   docker run --env-file .env -e SLACK_MODE=http -p 3000:3000 awskey   # HTTP mode
ARG NODE_IMAGE=node:24-bookworm-slim

# --- build: the same npm commands CI runs ---------------------------------------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# --- runtime: production dependencies and the compiled JavaScript only ------------------------
FROM ${NODE_IMAGE} AS runtime
# NODE_OPTIONS caps the V8 heap (without a cap V8 grows to several hundred MB of garbage during a
# large key scan). 256 MB fits about 100,000 indexed keys; allow about 1 MB more per 1,000 keys
# beyond that (docs/aws/README.md, sizing); a small young generation keeps short-lived garbage out of
# RSS (as npm start). Override with `docker run -e NODE_OPTIONS=...`.
ENV NODE_ENV=production \
    NODE_OPTIONS="--max-old-space-size=256 --max-semi-space-size=8" \
    PORT=3000 \
    AWSKEY_HEALTH_PORT=3001 \
    AWSKEY_DATA_DIR=/app/data
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist
# The embedded store writes here; mount a volume to keep cases across container restarts.
RUN mkdir -p /app/data && chown node:node /app/data
VOLUME ["/app/data"]
# The image's unprivileged "node" user (uid 1000).
USER node
EXPOSE 3000
# GET /healthz: on PORT in HTTP mode (store reachable), on AWSKEY_HEALTH_PORT in Socket Mode
# (WebSocket connected, store reachable). Unhealthy while shutting down.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "dist/healthcheck.js"]
# node runs as PID 1 and handles SIGTERM/SIGINT itself (graceful shutdown in dist/main.js).
CMD ["node", "dist/main.js"]
