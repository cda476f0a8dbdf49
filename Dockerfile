# The API for `docker compose up`; Neo4j runs in its own container (see docker-compose.yml).
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY schema ./schema
COPY src ./src
COPY seed ./seed
COPY tsconfig.json ./
USER node
EXPOSE 4000
CMD ["node", "--import", "tsx", "src/main.ts"]
