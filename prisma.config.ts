// Prisma CLI configuration: the JS/WASM engine with the pg adapter (Prisma 7's native engine
// cannot be downloaded here; see STACK.md and docs/adr/0001-database-and-migrations.md).
import "dotenv/config";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import type { PrismaConfig } from "prisma";

// `prisma generate` needs the variable to exist (else it falls back to downloading a native
// engine), but not to point anywhere: only commands that touch the database connect.
process.env.DATABASE_URL ??= "postgresql://placeholder@127.0.0.1:1/placeholder";

export default {
  schema: path.join("prisma", "schema.prisma"),
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL ?? "", idleTimeoutMillis: 200 }),
} satisfies PrismaConfig;
