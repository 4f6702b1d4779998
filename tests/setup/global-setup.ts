// Vitest global setup: one fresh database per run on the test cluster (started by
// scripts/test.ts, or here when vitest runs alone), migrated and seeded with the demo school.
import type { TestProject } from "vitest/node";
import { randomBytes } from "node:crypto";
import { startEmbeddedDb, type EmbeddedDb } from "../../scripts/lib/embedded-db";
import { migrate } from "../../scripts/lib/migrate";
import { createPrisma } from "../../lib/db";
import { seedDemo } from "../../prisma/seed";
import pg from "pg";

let own: EmbeddedDb | null = null;
let dropUrl: { server: string; name: string } | null = null;

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  let serverUrl = process.env.TEST_DATABASE_SERVER_URL;
  if (!serverUrl) {
    own = await startEmbeddedDb({ name: "pg-vitest", fresh: true, log: () => {} });
    serverUrl = own.serverUrl;
  }
  const name = `it_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = serverUrl.replace(/\/postgres$/, `/${name}`);
  await migrate(url, { log: () => {} });
  const prisma = createPrisma(url);
  await seedDemo(prisma);
  await prisma.$disconnect();
  dropUrl = { server: serverUrl, name };
  project.provide("databaseUrl", url);

  return async () => {
    if (dropUrl) {
      const c = new pg.Client({ connectionString: dropUrl.server });
      await c.connect();
      await c.query(`drop database if exists "${dropUrl.name}" with (force)`);
      await c.end();
    }
    if (own) await own.stop();
  };
}
