// GRD-6: the head teacher (or the director) records a rating milestone.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireArea } from "@/lib/auth/viewer";
import { MilestonesPanel } from "@/components/journal/milestones-panel";

export const metadata: Metadata = { title: "Рейтинг: рубежи" };

export default async function JournalRatingPage() {
  const viewer = await requireArea("journal");
  if (!viewer.roles.some((r) => r === "HEAD_TEACHER" || r === "DIRECTOR")) notFound();
  return <MilestonesPanel viewer={viewer} />;
}
