// `npm test`: the whole suite on real parts. Starts a fresh embedded PostgreSQL cluster, then
//   1. typecheck, lint and the formatter's check (Prettier),
//   2. vitest (unit tests, and integration tests that each get a fresh database),
//   3. Playwright in Chromium against `next start` on a freshly migrated and seeded database.
// `--only unit` or `--only e2e` runs one part; extra arguments after `--` go to Playwright.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { PROJECT_ROOT, findFreePort, startEmbeddedDb, type EmbeddedDb } from "./lib/embedded-db";
import { migrate } from "./lib/migrate";
import { createPrisma } from "../lib/db";
import { seedDemo } from "../prisma/seed";

process.env.NEXT_TELEMETRY_DISABLED = "1";

const bin = (name: string) => path.join(PROJECT_ROOT, "node_modules", ".bin", name);
const NEXT_BIN = path.join(PROJECT_ROOT, "node_modules", "next", "dist", "bin", "next");

function run(cmd: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: "inherit", cwd: PROJECT_ROOT, env: { ...process.env, ...env } });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

async function waitForHttp(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

async function e2e(db: EmbeddedDb, extraArgs: string[]): Promise<number> {
  const url = await db.ensureDatabase("e2e");
  await migrate(url, { log: () => {} });
  const prisma = createPrisma(url);
  try {
    console.log(`[test] ${await seedDemo(prisma)}`);
  } finally {
    await prisma.$disconnect();
  }
  const env = {
    DATABASE_URL: url,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    AUTH_TRUST_HOST: "true",
    NODE_ENV: "production" as const,
  };
  if (!process.env.SKIP_BUILD) {
    console.log("[test] next build");
    const code = await run(process.execPath, [NEXT_BIN, "build"], env);
    if (code !== 0) return code;
  }
  const port = await findFreePort(3100);
  const server = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port)], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ["ignore", "inherit", "inherit"],
  });
  try {
    // localhost, not 127.0.0.1: with APP_URL unset, links in letters carry http://localhost:PORT
    // (lib/mail), and a spec that follows one must keep its session cookie.
    const baseUrl = `http://localhost:${port}`;
    await waitForHttp(`${baseUrl}/api/health`, 60_000);
    return await run(bin("playwright"), ["test", ...extraArgs], { E2E_BASE_URL: baseUrl, DATABASE_URL: url });
  } finally {
    server.kill("SIGTERM");
  }
}

async function main() {
  const args = process.argv.slice(2);
  const onlyIndex = args.indexOf("--only");
  const only = onlyIndex >= 0 ? args[onlyIndex + 1] : null;
  const passthrough = args.filter((a, i) => a !== "--" && a !== "--only" && !(onlyIndex >= 0 && i === onlyIndex + 1));
  const started = Date.now();
  const results: [string, number][] = [];

  const db = await startEmbeddedDb({ name: process.env.TEST_CLUSTER ?? "pg-test", fresh: true, log: (m) => console.log(m) });
  try {
    if (!only) {
      results.push(["typecheck", await run(bin("tsc"), ["--noEmit"])]);
      results.push(["lint", await run(bin("eslint"), ["--max-warnings", "0", "."])]);
      results.push(["format", await run(bin("prettier"), ["--check", "--log-level", "warn", "."])]);
    }
    if (!only || only === "unit") {
      results.push(["vitest", await run(bin("vitest"), ["run"], { TEST_DATABASE_SERVER_URL: db.serverUrl })]);
    }
    if (!only || only === "e2e") {
      results.push(["playwright", await e2e(db, passthrough)]);
    }
  } finally {
    await db.stop();
  }

  const failed = results.filter(([, code]) => code !== 0);
  console.log(`\n[test] ${Math.round((Date.now() - started) / 1000)} s`);
  for (const [name, code] of results) console.log(`  ${code === 0 ? "✓" : "✖"} ${name}`);
  console.log(`steps: ${results.length - failed.length} passed, ${failed.length} failed`);
  process.exit(failed.length ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
