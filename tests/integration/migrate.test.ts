// The migration runner on the real PostgreSQL: ordered, idempotent, transactional, locked.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import pg from "pg";
import { migrate, readMigrations, type Migration } from "@/scripts/lib/migrate";

const baseUrl = inject("databaseUrl");
const name = `mig_${Date.now()}`;
const serverUrl = baseUrl.replace(/\/[^/]+$/, "/postgres");
const url = baseUrl.replace(/\/[^/]+$/, `/${name}`);

async function query<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql)).rows;
  } finally {
    await c.end();
  }
}

const m = (n: string, sql: string): Migration => ({ name: n, sql, checksum: n });

beforeAll(async () => {
  const c = new pg.Client({ connectionString: serverUrl });
  await c.connect();
  await c.query(`create database "${name}"`);
  await c.end();
});

afterAll(async () => {
  const c = new pg.Client({ connectionString: serverUrl });
  await c.connect();
  await c.query(`drop database if exists "${name}" with (force)`);
  await c.end();
});

describe("migration runner", () => {
  it("applies the project's migrations once and records them like Prisma", async () => {
    const all = readMigrations();
    expect(all.length).toBeGreaterThan(0);
    expect(await migrate(url, { log: () => {} })).toEqual(all.map((x) => x.name));
    expect(await migrate(url, { log: () => {} })).toEqual([]);
    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      'select migration_name, checksum, finished_at from "_prisma_migrations" order by migration_name',
    );
    expect(rows.map((r) => r.migration_name)).toEqual(all.map((x) => x.name));
    expect(rows.every((r) => r.finished_at !== null && r.checksum.length === 64)).toBe(true);
  });

  it("rolls a failing migration back whole and keeps no history of it", async () => {
    const broken = [m("9000_ok", 'create table "T1" (id int)'), m("9001_broken", 'create table "T2" (id int); select * from "nope"')];
    await expect(migrate(url, { log: () => {}, migrations: broken })).rejects.toThrow(/9001_broken/);
    const tables = await query<{ tablename: string }>("select tablename from pg_tables where tablename in ('T1','T2')");
    expect(tables.map((t) => t.tablename)).toEqual(["T1"]);
    const history = await query<{ migration_name: string }>(
      `select migration_name from "_prisma_migrations" where migration_name like '900%'`,
    );
    expect(history.map((h) => h.migration_name)).toEqual(["9000_ok"]);
  });

  it("applies a migration once when two runners race (advisory lock)", async () => {
    const racing = [m("9100_race", 'create table "Race" (id int)')];
    const results = await Promise.all([
      migrate(url, { log: () => {}, migrations: racing }),
      migrate(url, { log: () => {}, migrations: racing }),
    ]);
    expect(results.flat()).toEqual(["9100_race"]);
  });
});
