// Authors a new migration from the change in prisma/schema.prisma:
//   npm run db:new-migration -- <name>
// It diffs the schema snapshot of the last migration against the current schema with
// `prisma migrate diff` (which needs a running database for its adapter, so a scratch
// embedded cluster is started), writes prisma/migrations/<timestamp>_<name>/migration.sql and
// updates the snapshot. Review the SQL before committing it.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT, startEmbeddedDb } from "./lib/embedded-db";

async function main() {
  const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
  if (!name) throw new Error("Usage: npm run db:new-migration -- <name>");
  const migrationsDir = path.join(PROJECT_ROOT, "prisma", "migrations");
  const snapshot = path.join(migrationsDir, "schema.snapshot.prisma");
  const schema = path.join(PROJECT_ROOT, "prisma", "schema.prisma");
  fs.mkdirSync(migrationsDir, { recursive: true });

  const db = await startEmbeddedDb({ name: "pg-scratch", log: () => {} });
  try {
    const url = await db.ensureDatabase("scratch");
    const from = fs.existsSync(snapshot) ? ["--from-schema-datamodel", snapshot] : ["--from-empty"];
    const sql = execFileSync(
      path.join(PROJECT_ROOT, "node_modules", ".bin", "prisma"),
      ["migrate", "diff", ...from, "--to-schema-datamodel", schema, "--script"],
      { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8", cwd: PROJECT_ROOT },
    );
    if (/^-- This is an empty migration\.\s*$/m.test(sql) || sql.trim() === "") {
      console.log("No schema changes: nothing written.");
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(migrationsDir, `${stamp}_${name}`);
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, "migration.sql"), sql);
    fs.copyFileSync(schema, snapshot);
    if (!fs.existsSync(path.join(migrationsDir, "migration_lock.toml"))) {
      fs.writeFileSync(path.join(migrationsDir, "migration_lock.toml"), 'provider = "postgresql"\n');
    }
    console.log(`Wrote ${path.relative(PROJECT_ROOT, dir)}/migration.sql`);
  } finally {
    await db.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
