// The one Prisma client of the app (JS engine + pg adapter; see docs/adr/0001-database-and-migrations.md). Scripts create their
// own with createPrisma(url) so that they can point at any database.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { reportDbError, setDbProbe } from "@/lib/db-health";

export function createPrisma(connectionString: string, max = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function lazyClient(): PrismaClient {
  if (!globalForPrisma.prisma) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set");
    globalForPrisma.prisma = new PrismaClient({ adapter: new PrismaPg(watchedPool(url, Number(process.env.DB_POOL_SIZE ?? 10))) });
  }
  return globalForPrisma.prisma;
}

/**
 * The app's pool, watched for lost connections (ADR 0008): a refused connect, or idle
 * connections closed by a stopping server, mark the database down (lib/db-health.ts).
 */
function watchedPool(connectionString: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, connectionTimeoutMillis: 5_000 });
  pool.on("error", (error) => void reportDbError(error));
  // pg-pool's own query() calls connect() with a callback: keep both forms.
  type Callback = (error: Error | undefined, client?: pg.PoolClient, done?: (release?: unknown) => void) => void;
  const connect = pool.connect.bind(pool) as (cb?: Callback) => Promise<pg.PoolClient> | undefined;
  pool.connect = ((cb?: Callback) => {
    if (cb) {
      return connect((error, client, done) => {
        if (error) reportDbError(error);
        cb(error, client, done);
      });
    }
    return (connect() as Promise<pg.PoolClient>).catch((error: unknown) => {
      reportDbError(error);
      throw error;
    });
  }) as typeof pool.connect;
  setDbProbe(() => pool.query("select 1"));
  return pool;
}

/** Created on first use, so that importing this module during `next build` needs no database. */
export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const client = lazyClient();
    const value = Reflect.get(client, prop, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export type { PrismaClient };
