import { SectionPlaceholder } from "@/components/diary/section-placeholder";

export default function SchedulePage() {
  return <SectionPlaceholder id="schedule" />;
}
