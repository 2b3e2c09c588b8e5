# syntax=docker/dockerfile:1
# awskey: multi-stage build on a current Node LTS slim image.
#   docker build -t awskey .
#   docker run --env-file .env awskey                       # Socket Mode
#   docker run --env-file .env -e SLACK_MODE=http -p 3000:3000 awskey   # HTTP mode
ARG NODE_IMAGE=node:22-bookworm-slim

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
ENV NODE_ENV=production \
    PORT=3000 \
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
# HTTP mode serves /healthz; in Socket Mode there is no HTTP listener, so the check passes.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "const socket=process.env.SLACK_MODE==='socket'||(!process.env.SLACK_MODE&&!!process.env.SLACK_APP_TOKEN);if(socket)process.exit(0);fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node runs as PID 1 and handles SIGTERM/SIGINT itself (graceful shutdown in dist/main.js).
CMD ["node", "dist/main.js"]
