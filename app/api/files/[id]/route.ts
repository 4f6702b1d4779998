// Downloads of stored files (STU-3): only after lib/data/files.ts allows this viewer; a file
// that is missing or not theirs is the same 404.
import { guardRoute } from "@/lib/access/route-guard";
import { getDownloadableFile } from "@/lib/data/files";
import { fileStore } from "@/lib/storage";

const notFound = () => new Response("Не найдено.", { status: 404, headers: { "Cache-Control": "no-store" } });

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await guardRoute();
  if (viewer instanceof Response) return viewer;
  const { id } = await params;
  if (id.length > 64) return notFound();
  const file = await getDownloadableFile(viewer, id);
  if (!file) return notFound();
  const data = await fileStore().get(file.storageKey);
  if (!data) return notFound();
  return new Response(new Uint8Array(data), {
    headers: {
      // Always a download: an uploaded HTML or SVG must never run on our origin.
      "Content-Type": "application/octet-stream",
      "Content-Disposition": `attachment; filename="file"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      "Content-Length": String(data.byteLength),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
