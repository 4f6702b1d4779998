import { prisma } from "@/lib/db";

export const dynamic = "force-dynamic";

/** For operators and the start script: the app answers and reaches its database. */
export async function GET() {
  try {
    await prisma.$queryRaw`select 1`;
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false, error: "database unreachable" }, { status: 503 });
  }
}
