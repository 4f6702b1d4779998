import { SectionPlaceholder } from "@/components/diary/section-placeholder";

export default function AttendancePage() {
  return <SectionPlaceholder id="attendance" />;
}
