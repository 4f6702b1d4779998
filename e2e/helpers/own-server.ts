// A second app server with a database of its own, for specs that must stop the database
// (the shared e2e database stays untouched). Uses the build that scripts/test.ts made.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import net from "node:net";
import readline from "node:readline";

const PROJECT_ROOT = path.resolve(__dirname, "..", "..");

export type OwnServer = {
  baseUrl: string;
  databaseUrl: string;
  pid: number;
  /** What `npm start` prints on this database (the first-run link of an empty one), or null. */
  startOutput: string[] | null;
  /** Everything the server wrote to stdout and stderr so far. */
  log(): string;
  stopDatabase(): Promise<void>;
  startDatabase(): Promise<void>;
  close(): Promise<void>;
};

async function waitForHttp(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(url).then(
      (r) => r.status < 500,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** The database side (own-db.ts under tsx), driven line by line. */
async function startOwnDb(cluster: string, empty: { origin: string } | null) {
  const args = empty ? [cluster, "empty", empty.origin] : [cluster];
  const child = spawn(
    process.execPath,
    [path.join(PROJECT_ROOT, "node_modules", "tsx", "dist", "cli.mjs"), path.join(__dirname, "own-db.ts"), ...args],
    {
      cwd: PROJECT_ROOT,
      stdio: ["pipe", "pipe", "inherit"],
    },
  );
  const lines = readline.createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const next = async () => {
    const { value, done } = await lines.next();
    if (done) throw new Error("the own database process ended");
    return String(value);
  };
  const { url, startOutput } = JSON.parse(await next()) as { url: string; startOutput: string[] | null };
  const send = async (command: "stop" | "start" | "quit") => {
    child.stdin!.write(`${command}\n`);
    if (command !== "quit") await next();
    else await new Promise((r) => child.once("exit", r));
  };
  return { url, startOutput, send };
}

/**
 * `empty`: no demo seed (SEED_DEMO=false); the database gets the first-run link `npm start` prints,
 * in `startOutput`. Each caller passes its own cluster name, so two own servers never share one.
 */
export async function startOwnServer(cluster: string, opts: { empty?: boolean } = {}): Promise<OwnServer> {
  const appPort = await freePort();
  const db = await startOwnDb(cluster, opts.empty ? { origin: `http://localhost:${appPort}` } : null);
  const url = db.url;
  let output = "";
  const server: ChildProcess = spawn(
    process.execPath,
    [path.join(PROJECT_ROOT, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(appPort)],
    {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        DATABASE_URL: url,
        AUTH_SECRET: randomBytes(32).toString("base64url"),
        AUTH_TRUST_HOST: "true",
        NODE_ENV: "production",
        PORT: String(appPort),
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  server.stdout!.on("data", (c: Buffer) => (output += c.toString()));
  server.stderr!.on("data", (c: Buffer) => (output += c.toString()));
  const baseUrl = `http://localhost:${appPort}`;
  try {
    await waitForHttp(`${baseUrl}/api/health`, 60_000);
  } catch (e) {
    server.kill("SIGTERM");
    await db.send("quit");
    throw new Error(`${(e as Error).message}\n${output}`);
  }
  return {
    baseUrl,
    databaseUrl: url,
    pid: server.pid!,
    startOutput: db.startOutput,
    log: () => output,
    stopDatabase: () => db.send("stop"),
    startDatabase: () => db.send("start"),
    async close() {
      server.kill("SIGTERM");
      await db.send("quit");
    },
  };
}
