// Resolves the database the scripts work on: DATABASE_URL when set (any PostgreSQL), otherwise
// the project's embedded cluster in .data/pg with the database "school".
import pg from "pg";
import { startEmbeddedDb, type EmbeddedDb } from "./embedded-db";

export type ResolvedDb = { url: string; embedded: EmbeddedDb | null; stop(): Promise<void> };

export async function checkConnection(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("select 1");
    return null;
  } catch (error) {
    return (error as Error).message || String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

export async function resolveDatabase(log: (m: string) => void = console.log): Promise<ResolvedDb> {
  const external = process.env.DATABASE_URL;
  if (external) {
    const problem = await checkConnection(external);
    if (problem) {
      throw new Error(
        `Cannot connect to DATABASE_URL (${redact(external)}): ${problem}\n` +
          `Check the host, port, user, password and database name, or unset DATABASE_URL ` +
          `to use the embedded PostgreSQL.`,
      );
    }
    return { url: external, embedded: null, stop: async () => {} };
  }
  const port = process.env.DB_PORT ? Number(process.env.DB_PORT) : undefined;
  const embedded = await startEmbeddedDb({ name: "pg", port, log });
  const url = await embedded.ensureDatabase("school");
  log(`[db] embedded PostgreSQL on 127.0.0.1:${embedded.port} (data: ${embedded.dataDir})`);
  return { url, embedded, stop: () => embedded.stop() };
}

export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
}
