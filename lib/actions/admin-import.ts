"use server";
// The curator's import (ADM-3): preview a file, then import it. Both read the uploaded file
// again on the server; the school is always the curator's own.
import { revalidatePath } from "next/cache";
import { defineAction, UserError } from "@/lib/actions/action";
import { importFileSchema } from "@/lib/validations/admin-import";
import { readTable } from "@/lib/import/table";
import { planImport } from "@/lib/import/plan";
import { runImport } from "@/lib/import/run";
import { planStaffImport, runStaffImport } from "@/lib/import/staff";
import { prisma } from "@/lib/db";

async function tableOf(file: Blob, name: string) {
  const table = await readTable(new Uint8Array(await file.arrayBuffer()), name);
  if (!table.ok) throw new UserError(table.message, { file: [table.message] });
  return table.rows;
}

export const previewImportAction = defineAction({ roles: ["CURATOR"] }, importFileSchema, async ({ file, name }, { viewer }) => {
  const planned = await planImport(prisma, viewer.school.id, await tableOf(file, name));
  if (!planned.ok) throw new UserError(planned.message, { file: [planned.message] });
  return planned.plan;
});

export const runImportAction = defineAction({ roles: ["CURATOR"] }, importFileSchema, async ({ file, name }, { viewer }) => {
  const rows = await tableOf(file, name);
  // A file that cannot be imported as it is throws a UserError with the reason.
  const result = await runImport(viewer.school.id, viewer.userId, rows);
  revalidatePath("/admin");
  return result;
});

// ADM-6: the staff kind — the same upload, reader and preview-then-commit flow, for a staff sheet.
export const previewStaffImportAction = defineAction({ roles: ["CURATOR"] }, importFileSchema, async ({ file, name }, { viewer }) => {
  const planned = await planStaffImport(prisma, viewer.school.id, await tableOf(file, name));
  if (!planned.ok) throw new UserError(planned.message, { file: [planned.message] });
  return planned.plan;
});

export const runStaffImportAction = defineAction({ roles: ["CURATOR"] }, importFileSchema, async ({ file, name }, { viewer }) => {
  const result = await runStaffImport(viewer.school.id, viewer.userId, await tableOf(file, name));
  revalidatePath("/admin");
  return result;
});
