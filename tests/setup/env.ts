// Runs in every test worker before the test files: point lib/db at this run's fresh database.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
