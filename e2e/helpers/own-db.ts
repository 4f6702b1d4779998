// Run by e2e/helpers/own-server.ts with tsx (Playwright's loader cannot load the generated Prisma
// client): starts a fresh embedded cluster, migrates and seeds it, prints {"url", "port"} as one
// JSON line, then obeys "stop", "start" and "quit" lines on stdin, answering each with "ok".
import readline from "node:readline";
import { startEmbeddedDb, type EmbeddedDb } from "../../scripts/lib/embedded-db";
import { migrate } from "../../scripts/lib/migrate";
import { createPrisma } from "../../lib/db";
import { seedDemo } from "../../prisma/seed";

async function main() {
  const cluster = process.argv[2];
  let db: EmbeddedDb | null = await startEmbeddedDb({ name: cluster, fresh: true, log: () => {} });
  const port = db.port;
  const url = await db.ensureDatabase("app");
  await migrate(url, { log: () => {} });
  const prisma = createPrisma(url);
  try {
    await seedDemo(prisma);
  } finally {
    await prisma.$disconnect();
  }
  console.log(JSON.stringify({ url, port }));
  for await (const line of readline.createInterface({ input: process.stdin })) {
    const command = line.trim();
    if (command === "stop" && db) {
      await db.stop();
      db = null;
    } else if (command === "start" && !db) {
      db = await startEmbeddedDb({ name: cluster, port, log: () => {} });
    } else if (command === "quit") {
      break;
    }
    console.log("ok");
  }
  if (db) await db.stop();
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
