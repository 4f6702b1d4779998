import { SectionPlaceholder } from "@/components/diary/section-placeholder";

export default function CalendarPage() {
  return <SectionPlaceholder id="calendar" />;
}
