// A second app server with a database of its own, for specs that must stop the database
// (the shared e2e database stays untouched). Uses the build that scripts/test.ts made.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { PROJECT_ROOT, findFreePort, startEmbeddedDb, type EmbeddedDb } from "../../scripts/lib/embedded-db";
import { migrate } from "../../scripts/lib/migrate";
import { createPrisma } from "../../lib/db";
import { seedDemo } from "../../prisma/seed";

export type OwnServer = {
  baseUrl: string;
  databaseUrl: string;
  pid: number;
  /** Everything the server wrote to stdout and stderr so far. */
  log(): string;
  stopDatabase(): Promise<void>;
  startDatabase(): Promise<void>;
  close(): Promise<void>;
};

async function waitForHttp(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(url).then((r) => r.status < 500, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

export async function startOwnServer(cluster: string): Promise<OwnServer> {
  let db: EmbeddedDb = await startEmbeddedDb({ name: cluster, fresh: true, log: () => {} });
  const port = db.port;
  const url = await db.ensureDatabase("app");
  await migrate(url, { log: () => {} });
  const prisma = createPrisma(url);
  try {
    await seedDemo(prisma);
  } finally {
    await prisma.$disconnect();
  }
  const appPort = await findFreePort(3600 + Math.floor(Math.random() * 300));
  let output = "";
  const server: ChildProcess = spawn(process.execPath, [path.join(PROJECT_ROOT, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(appPort)], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATABASE_URL: url, AUTH_SECRET: randomBytes(32).toString("base64url"), AUTH_TRUST_HOST: "true", NODE_ENV: "production", PORT: String(appPort) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.on("data", (c: Buffer) => (output += c.toString()));
  server.stderr!.on("data", (c: Buffer) => (output += c.toString()));
  const baseUrl = `http://localhost:${appPort}`;
  try {
    await waitForHttp(`${baseUrl}/api/health`, 60_000);
  } catch (e) {
    server.kill("SIGTERM");
    await db.stop();
    throw new Error(`${(e as Error).message}\n${output}`);
  }
  let running = true;
  return {
    baseUrl,
    databaseUrl: url,
    pid: server.pid!,
    log: () => output,
    async stopDatabase() {
      if (running) await db.stop();
      running = false;
    },
    async startDatabase() {
      if (!running) db = await startEmbeddedDb({ name: cluster, port, log: () => {} });
      running = true;
    },
    async close() {
      server.kill("SIGTERM");
      if (running) await db.stop();
      running = false;
    },
  };
}
