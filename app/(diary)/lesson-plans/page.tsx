import { SectionPlaceholder } from "@/components/diary/section-placeholder";

export default function LessonPlansPage() {
  return <SectionPlaceholder id="lesson-plans" />;
}
