import { SectionPlaceholder, sectionMetadata } from "@/components/diary/section-placeholder";

export const metadata = sectionMetadata("announcements");

export default function AnnouncementsPage() {
  return <SectionPlaceholder id="announcements" />;
}
