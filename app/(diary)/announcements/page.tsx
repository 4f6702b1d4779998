import { SectionPlaceholder } from "@/components/diary/section-placeholder";

export default function AnnouncementsPage() {
  return <SectionPlaceholder id="announcements" />;
}
