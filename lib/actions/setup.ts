"use server";
// ADM-5: the one-time setup link's form. Public (nobody is signed in yet), so the link is the
// permission: checked (throttled) before anything is done, and used up in the transaction that
// creates the school. A dead link is answered like a missing page.
import { defineAction, NOT_FOUND_MESSAGE, UserError } from "@/lib/actions/action";
import { prisma } from "@/lib/db";
import { setupFormSchema } from "@/lib/setup/schema";
import { createSchool, SETUP_LINK_REFUSED } from "@/lib/setup/create-school";
import { countSetupGuess, setupLinkOpens } from "@/lib/setup/guard";

export const createSchoolBySetupAction = defineAction({ public: true }, setupFormSchema, async ({ token, ...input }) => {
  if (!(await setupLinkOpens(token))) throw new UserError(NOT_FOUND_MESSAGE);
  try {
    const created = await createSchool(prisma, input, { via: "setup", setupToken: token });
    return { login: created.login };
  } catch (error) {
    // Another submission used the link first: answered like any dead link.
    if (error instanceof UserError && error.message === SETUP_LINK_REFUSED) {
      await countSetupGuess();
      throw new UserError(NOT_FOUND_MESSAGE);
    }
    throw error;
  }
});
