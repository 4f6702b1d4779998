// Database maintenance: `npm run db:migrate`, `db:seed [-- --classes N --years Y]`, `db:reset`.
// Works on DATABASE_URL when set, otherwise on the embedded cluster (.data/pg).
import "dotenv/config";
import { resolveDatabase } from "./lib/database";
import { migrate } from "./lib/migrate";
import { createPrisma } from "../lib/db";
import { seedDemo, parseSeedArgs } from "../prisma/seed";
import pg from "pg";

async function dropEverything(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
  } finally {
    await client.end();
  }
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  if (!["migrate", "seed", "reset"].includes(command ?? "")) {
    console.error("Usage: tsx scripts/db.ts migrate|seed|reset [--classes N] [--years Y]");
    process.exit(2);
  }
  const db = await resolveDatabase();
  try {
    if (command === "reset") {
      if (process.env.NODE_ENV === "production" && !rest.includes("--force")) {
        throw new Error("Refusing to reset a production database without --force.");
      }
      await dropEverything(db.url);
      console.log("[db] dropped all tables");
    }
    await migrate(db.url);
    if (command === "seed" || command === "reset") {
      const prisma = createPrisma(db.url);
      try {
        const summary = await seedDemo(prisma, parseSeedArgs(rest));
        console.log(`[seed] ${summary}`);
      } finally {
        await prisma.$disconnect();
      }
    }
  } finally {
    await db.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
