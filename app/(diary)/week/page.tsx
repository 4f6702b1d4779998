import { SectionPlaceholder } from "@/components/diary/section-placeholder";

export default function WeekPage() {
  return <SectionPlaceholder id="week" />;
}
