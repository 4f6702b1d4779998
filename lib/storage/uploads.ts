// Stores uploaded files and links them to their owner record in one transaction; when the
// transaction fails, the stored bytes are removed again (nothing half-written). Used by the
// student's submissions (STU-3) and the teacher's homework files (STF-1).
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { fileStore, newStorageKey } from "@/lib/storage";

export async function storeUploads(opts: {
  schoolId: string;
  ownerId: string;
  files: File[];
  auditAction: string;
  auditEntity: string;
  /** Links the new StoredFile row to its record (a submission, a homework). */
  link: (tx: Prisma.TransactionClient, fileId: string, file: File) => Promise<void>;
  auditDetails?: Prisma.InputJsonObject;
}): Promise<void> {
  const { schoolId, ownerId } = opts;
  const stored: { key: string; file: File }[] = [];
  try {
    for (const file of opts.files) {
      const key = newStorageKey(schoolId);
      await fileStore().put(key, new Uint8Array(await file.arrayBuffer()), file.type || "application/octet-stream");
      stored.push({ key, file });
    }
    await prisma.$transaction(async (tx) => {
      for (const { key, file } of stored) {
        const row = await tx.storedFile.create({
          data: { schoolId, ownerId, storageKey: key, name: file.name.slice(0, 200), mimeType: file.type || "application/octet-stream", size: file.size },
          select: { id: true },
        });
        await opts.link(tx, row.id, file);
        await writeAudit(tx, {
          schoolId,
          actorId: ownerId,
          action: opts.auditAction,
          entity: opts.auditEntity,
          entityId: row.id,
          after: { ...opts.auditDetails, name: file.name, size: file.size },
        });
      }
    });
  } catch (error) {
    await Promise.allSettled(stored.map((s) => fileStore().remove(s.key)));
    throw error;
  }
}
