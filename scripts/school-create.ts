// `npm run school:create -- --name … --short-name … --curator-login … --curator-email …` (ADM-5):
// creates a school with its first curator, the default study year and bells — for scripted
// installs and for a second school on one installation. The same library function as /setup.
import "dotenv/config";
import { resolveDatabase } from "./lib/database";
import { migrate } from "./lib/migrate";
import { createPrisma } from "../lib/db";
import { UserError } from "../lib/user-error";
import { CLI_USAGE, cliInput } from "../lib/setup/cli-args";
import { newSchoolSchema } from "../lib/setup/schema";
import { createSchool } from "../lib/setup/create-school";

async function main() {
  let plan;
  try {
    plan = cliInput(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${CLI_USAGE}`);
    process.exit(2);
  }
  const parsed = newSchoolSchema.safeParse(plan.input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`  ${issue.path.join(".")}: ${issue.message}`);
    console.error(`\n${CLI_USAGE}`);
    process.exit(2);
  }
  const db = await resolveDatabase(() => {});
  const prisma = createPrisma(db.url);
  try {
    await migrate(db.url, { log: () => {} });
    const created = await createSchool(prisma, parsed.data, { via: "cli", mustChangePassword: plan.generatedPassword !== null });
    const y = parsed.data.year;
    console.log(
      `Created «${parsed.data.school.name}» (${created.schoolId}) with the study year ${y.name}: ${y.periods.length} periods, ${y.holidays.length} holidays, ${parsed.data.bells.length} lessons a day.`,
    );
    console.log(`Curator login: ${created.login}`);
    if (plan.generatedPassword)
      console.log(`One-time password: ${plan.generatedPassword}   (must be changed at the first sign-in; shown only now)`);
  } catch (error) {
    if (error instanceof UserError) {
      console.error(error.message);
      process.exitCode = 1;
    } else throw error;
  } finally {
    await prisma.$disconnect();
    await db.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
