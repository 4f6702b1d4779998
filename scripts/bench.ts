// `npm run bench`: seeds a scaled school (BENCH_CLASSES classes of ~25 students; default 40 ≈
// 1,000 students) once with one study year and once with five, starts the production server on
// each, and prints for the week diary and «Текущие отметки»: SQL round trips per request
// (counted exactly by a PostgreSQL wire proxy: one Sync or simple Query = one round trip),
// p50/p95 latency and requests per second at 1 and 50 concurrent clients, next to the same
// server's static page (the prerendered /_not-found, through the same proxy.ts), and the
// first-load JS of the diary pages (gzip, as the browser downloads it).
// Options (env): BENCH_CLASSES (3–40), BENCH_YEARS ("1,5"), BENCH_SECONDS (per run, 10), SKIP_BUILD=1.
import { spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { encode } from "next-auth/jwt";
import { PROJECT_ROOT, findFreePort, startEmbeddedDb } from "./lib/embedded-db";
import { migrate } from "./lib/migrate";
import { createPrisma } from "../lib/db";
import { seedDemo } from "../prisma/seed";

const CLASSES = Number(process.env.BENCH_CLASSES ?? 40);
const YEARS = (process.env.BENCH_YEARS ?? "1,5").split(",").map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const NEXT_BIN = path.join(PROJECT_ROOT, "node_modules", "next", "dist", "bin", "next");
const SECRET = "bench-secret-bench-secret-bench-secret-0";
// The two diary pages; a section still «в разработке» (the diary layout alone: session, viewer,
// navigation — the floor of any diary page); the prerendered 404 page (static).
const PAGES = ["/week", "/marks", "/portfolio", "/_not-found"];
type Result = { years: number; page: string; trips: number; c1: { p50: number; rps: number }; c50: { p50: number; rps: number } };

/** A TCP proxy in front of PostgreSQL that counts the client's round trips. */
function countingProxy(targetPort: number): Promise<{ port: number; count: () => number; close: () => void }> {
  let trips = 0;
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, "127.0.0.1");
    let buf = Buffer.alloc(0);
    let started = false;
    client.on("data", (chunk) => {
      upstream.write(chunk);
      buf = Buffer.concat([buf, chunk]);
      for (;;) {
        if (!started) {
          if (buf.length < 4) break;
          const len = buf.readInt32BE(0);
          if (buf.length < len) break;
          const code = buf.readInt32BE(4);
          buf = buf.subarray(len);
          if (code !== 80877103) started = true; // SSLRequest is followed by the real startup
          continue;
        }
        if (buf.length < 5) break;
        const len = buf.readInt32BE(1);
        if (buf.length < len + 1) break;
        const type = String.fromCharCode(buf[0]);
        if (type === "S" || type === "Q") trips++;
        buf = buf.subarray(len + 1);
      }
    });
    upstream.on("data", (d) => client.write(d));
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
    client.on("error", () => upstream.destroy());
    upstream.on("error", () => client.destroy());
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ port: (server.address() as net.AddressInfo).port, count: () => trips, close: () => server.close() }),
    ),
  );
}

function pct(sorted: number[], p: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

async function load(url: string, cookie: string, clients: number, seconds: number) {
  const latencies: number[] = [];
  const end = Date.now() + seconds * 1000;
  let errors = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < end) {
        const t = performance.now();
        const res = await fetch(url, { headers: { cookie }, redirect: "manual" });
        await res.arrayBuffer();
        if (res.status !== 200 && !url.includes("_not-found")) errors++;
        latencies.push(performance.now() - t);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { p50: pct(latencies, 50), p95: pct(latencies, 95), rps: latencies.length / seconds, errors };
}

async function firstLoadJs(base: string, pathName: string, cookie: string) {
  const html = await (await fetch(base + pathName, { headers: { cookie } })).text();
  // noModule scripts (legacy polyfills) are never downloaded by the browsers that run modules.
  const tags = [...html.matchAll(/<script[^>]+>/g)].map((m) => m[0]).filter((t) => !/nomodule/i.test(t));
  const srcs = [...new Set(tags.map((t) => /src="([^"]+)"/.exec(t)?.[1]).filter((s): s is string => Boolean(s)))];
  let gz = 0;
  for (const src of srcs) gz += gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length;
  return gz / 1024;
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) =>
    spawn(cmd, args, { stdio: "inherit", cwd: PROJECT_ROOT, env: { ...process.env, ...env } }).on("exit", (c) => resolve(c ?? 1)),
  );
}

async function main() {
  const db = await startEmbeddedDb({ name: "pg-bench", fresh: true, log: (m) => console.log(m) });
  const proxy = await countingProxy(Number(new URL(db.serverUrl).port));
  const rows: string[] = [];
  const results: Result[] = [];
  try {
    let built = Boolean(process.env.SKIP_BUILD);
    for (const years of YEARS) {
      const direct = await db.ensureDatabase(`bench_y${years}`);
      await migrate(direct, { log: () => {} });
      const prisma = createPrisma(direct);
      let student;
      try {
        const t = Date.now();
        console.log(`[bench] seeding ${CLASSES} classes, ${years} year(s)…`);
        console.log(`[bench] ${await seedDemo(prisma, { classes: CLASSES, years })} (${Math.round((Date.now() - t) / 1000)} s)`);
        const u = await prisma.user.findUniqueOrThrow({ where: { login: "student" }, select: { id: true, sessionVersion: true } });
        // The session row a sign-in would create (the viewer's query checks it).
        const session = await prisma.userSession.create({ data: { userId: u.id, userAgent: "bench" }, select: { id: true } });
        student = { ...u, sid: session.id };
        const n = await prisma.userRole.count({ where: { role: "STUDENT" } });
        console.log(`[bench] ${n} students in the database`);
      } finally {
        await prisma.$disconnect();
      }
      const url = new URL(direct);
      url.port = String(proxy.port);
      const env = {
        DATABASE_URL: url.toString(),
        AUTH_SECRET: SECRET,
        AUTH_TRUST_HOST: "true",
        NODE_ENV: "production" as const,
        NEXT_TELEMETRY_DISABLED: "1",
      };
      if (!built) {
        if ((await run(process.execPath, [NEXT_BIN, "build"], env)) !== 0) throw new Error("next build failed");
        built = true;
      }
      const port = await findFreePort(3480);
      const server = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port)], {
        cwd: PROJECT_ROOT,
        env: { ...process.env, ...env },
        stdio: "ignore",
      });
      const base = `http://127.0.0.1:${port}`;
      try {
        for (let i = 0; i < 120; i++) {
          try {
            if ((await fetch(`${base}/api/health`)).ok) break;
          } catch {}
          await new Promise((r) => setTimeout(r, 500));
        }
        const token = await encode({
          token: { sub: student.id, uid: student.id, sv: student.sessionVersion, sid: student.sid, roles: ["STUDENT"] },
          secret: SECRET,
          salt: "authjs.session-token",
        });
        const cookie = `authjs.session-token=${token}`;
        for (const page of PAGES) {
          for (let i = 0; i < 5; i++) await (await fetch(base + page, { headers: { cookie } })).arrayBuffer(); // warm up
          const before = proxy.count();
          const N = 20;
          for (let i = 0; i < N; i++) await (await fetch(base + page, { headers: { cookie } })).arrayBuffer();
          const trips = (proxy.count() - before) / N;
          const one = await load(base + page, cookie, 1, SECONDS);
          const fifty = await load(base + page, cookie, 50, SECONDS);
          const js = page === "/_not-found" ? NaN : await firstLoadJs(base, page, cookie);
          rows.push(
            [
              `${years}y`,
              page.padEnd(11),
              trips.toFixed(1).padStart(5),
              ...[one, fifty].flatMap((r) => [r.p50.toFixed(0).padStart(6), r.p95.toFixed(0).padStart(6), r.rps.toFixed(1).padStart(7)]),
              Number.isNaN(js) ? "    —" : js.toFixed(0).padStart(5),
              String(one.errors + fifty.errors),
            ].join(" | "),
          );
          console.log(rows.at(-1));
          results.push({ years, page, trips, c1: one, c50: fifty });
        }
      } finally {
        server.kill("SIGTERM");
      }
    }
  } finally {
    proxy.close();
    await db.stop();
  }
  console.log(`\n[bench] ${CLASSES} classes, ${SECONDS} s per run, 2 shared cores`);
  console.log("years | page        | SQL/req | c=1 p50 ms | p95 ms | req/s | c=50 p50 ms | p95 ms | req/s | JS KB gz | errors");
  for (const r of rows) console.log(r);
  const find = (years: number, page: string) => results.find((r) => r.years === years && r.page === page);
  console.log("\nthroughput vs the static page (target ≥ 0.5), and 5-year vs 1-year latency at c=1 (target ≤ 1.2):");
  for (const years of YEARS) {
    const stat = find(years, "/_not-found");
    for (const page of PAGES.filter((p) => p !== "/_not-found")) {
      const r = find(years, page);
      const one = find(YEARS[0], page);
      if (!r || !stat) continue;
      const ratios = [`c=1 ${(r.c1.rps / stat.c1.rps).toFixed(2)}×`, `c=50 ${(r.c50.rps / stat.c50.rps).toFixed(2)}×`];
      if (one && years !== YEARS[0]) ratios.push(`p50 vs ${YEARS[0]}y ${(r.c1.p50 / one.c1.p50).toFixed(2)}×`);
      console.log(`${years}y ${page.padEnd(11)} ${ratios.join("  ")}`);
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
