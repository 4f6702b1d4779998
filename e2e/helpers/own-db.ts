// Run by e2e/helpers/own-server.ts with tsx (Playwright's loader cannot load the generated Prisma
// client): starts a fresh embedded cluster, migrates and seeds it, prints {"url", "port"} as one
// JSON line, then obeys "stop", "start" and "quit" lines on stdin, answering each with "ok".
// With "empty" and the app's origin (argv 3 and 4) it seeds nothing and, as `npm start` does on
// an empty database (scripts/start.ts), issues the first-run token and adds the printed lines.
import readline from "node:readline";
import { startEmbeddedDb, type EmbeddedDb } from "../../scripts/lib/embedded-db";
import { migrate } from "../../scripts/lib/migrate";
import { createPrisma } from "../../lib/db";
import { seedDemo } from "../../prisma/seed";
import { curatorCount, firstRunNotice, issueSetupToken } from "../../lib/setup/token";

async function main() {
  const cluster = process.argv[2];
  let db: EmbeddedDb | null = await startEmbeddedDb({ name: cluster, fresh: true, log: () => {} });
  const port = db.port;
  const url = await db.ensureDatabase("app");
  await migrate(url, { log: () => {} });
  const empty = process.argv[3] === "empty";
  const prisma = createPrisma(url);
  let startOutput: string[] | null = null;
  try {
    if (!empty) await seedDemo(prisma);
    else {
      const curators = await curatorCount(prisma);
      const token = curators === 0 ? await issueSetupToken(prisma) : null;
      startOutput = firstRunNotice({ curators, origin: process.argv[4], token });
    }
  } finally {
    await prisma.$disconnect();
  }
  console.log(JSON.stringify({ url, port, startOutput }));
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
