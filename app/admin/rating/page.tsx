// GRD-6: the curator records a rating milestone too (the /admin area; the head teacher's is /journal/rating).
import type { Metadata } from "next";
import { requireArea } from "@/lib/auth/viewer";
import { MilestonesPanel } from "@/components/journal/milestones-panel";

export const metadata: Metadata = { title: "Рейтинг: рубежи" };

export default async function AdminRatingPage() {
  const viewer = await requireArea("admin");
  return <MilestonesPanel viewer={viewer} />;
}
