import { SectionPlaceholder } from "@/components/diary/section-placeholder";

export default function OnlineLessonsPage() {
  return <SectionPlaceholder id="online-lessons" />;
}
