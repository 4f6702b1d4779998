import { SectionPlaceholder, sectionMetadata } from "@/components/diary/section-placeholder";

export const metadata = sectionMetadata("calendar");

export default function CalendarPage() {
  return <SectionPlaceholder id="calendar" />;
}
