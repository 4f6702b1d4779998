// `npm start`: database (embedded PostgreSQL unless DATABASE_URL is set), migrations, the demo
// school on first start, a production build when the sources changed, then `next start`.
// `npm run dev` does the same with `next dev`.
import "dotenv/config";
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { PROJECT_ROOT, portIsFree } from "./lib/embedded-db";
import { resolveDatabase } from "./lib/database";
import { migrate } from "./lib/migrate";
import { createPrisma } from "../lib/db";
import { seedDemo } from "../prisma/seed";
import { configuredOrigin } from "../lib/http/origin";
import { curatorCount, firstRunNotice, issueSetupToken } from "../lib/setup/token";

const NEXT_BIN = path.join(PROJECT_ROOT, "node_modules", "next", "dist", "bin", "next");
const dev = process.argv.includes("--dev");
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const log = (m: string) => console.log(m);

function fail(message: string): never {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

/** A per-installation secret for session cookies, generated once and kept out of git. */
function ensureAuthSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(PROJECT_ROOT, ".data", "auth-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  fs.writeFileSync(file, secret, { mode: 0o600 });
  log(`[start] generated a session secret in ${path.relative(PROJECT_ROOT, file)}`);
  return secret;
}

function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

function buildIsStale(): boolean {
  const buildId = path.join(PROJECT_ROOT, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  const sources = ["app", "components", "lib", "public", "proxy.ts", "next.config.mjs", "package.json", "tailwind.config.ts", "generated"];
  return sources.some((s) => newestMtime(path.join(PROJECT_ROOT, s)) > built);
}

async function schoolCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>('select count(*) as n from "School"');
    return Number(rows[0].n);
  } finally {
    await client.end();
  }
}

async function main() {
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) fail(`PORT must be a port number, got "${process.env.PORT}".`);
  if (!(await portIsFree(port, "0.0.0.0"))) {
    fail(`Port ${port} is already in use by another program.\n  Stop that program, or start on another port:  PORT=3001 npm start`);
  }
  const authSecret = ensureAuthSecret();

  let db;
  try {
    db = await resolveDatabase(log);
  } catch (error) {
    fail((error as Error).message);
  }
  const stopDb = async () => {
    await db.stop().catch(() => {});
  };

  let firstRun: string[] | null = null;
  try {
    await migrate(db.url, { log });
    const seed = process.env.SEED_DEMO !== "false";
    const prisma = createPrisma(db.url);
    try {
      if ((await schoolCount(db.url)) === 0 && seed) {
        log("[start] empty database: seeding the demo school (once)…");
        log(`[start] ${await seedDemo(prisma)}`);
      }
      // ADM-5: no curator anywhere yet — a one-time link creates the school (see README).
      const curators = await curatorCount(prisma);
      const token = curators === 0 ? await issueSetupToken(prisma) : null;
      firstRun = firstRunNotice({ curators, origin: configuredOrigin() ?? `http://localhost:${port}`, token });
    } finally {
      await prisma.$disconnect();
    }
  } catch (error) {
    await stopDb();
    fail(`Preparing the database failed: ${(error as Error).message}`);
  }

  const env = {
    ...process.env,
    DATABASE_URL: db.url,
    AUTH_SECRET: authSecret,
    AUTH_TRUST_HOST: "true",
    PORT: String(port),
  };
  if (!dev && buildIsStale()) {
    log("[start] building the app (next build)…");
    const build = spawnSync(process.execPath, [NEXT_BIN, "build"], {
      stdio: "inherit",
      env: { ...env, NODE_ENV: "production" },
      cwd: PROJECT_ROOT,
    });
    if (build.status !== 0) {
      await stopDb();
      fail("next build failed (see above).");
    }
  }

  const child = spawn(process.execPath, [NEXT_BIN, dev ? "dev" : "start", "-p", String(port)], {
    stdio: "inherit",
    env: { ...env, NODE_ENV: dev ? "development" : "production" },
    cwd: PROJECT_ROOT,
  });
  log(`[start] open http://localhost:${port}${firstRun ? "" : " (demo logins: README.md)"}`);
  for (const line of firstRun ?? []) log(line);
  if (!process.env.APP_URL && !process.env.AUTH_URL) {
    log(
      `[start] warning: APP_URL is not set, so letters (confirmation, password reset) and printed invitations carry http://localhost:${port}.`,
    );
    log("[start]          Set APP_URL to the school's public address, e.g. APP_URL=https://diary.school17.ru npm start");
  }

  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    child.kill(signal);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  child.on("exit", async (code) => {
    await stopDb();
    process.exit(code ?? 0);
  });
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)));
