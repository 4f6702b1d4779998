import { SectionPlaceholder, sectionMetadata } from "@/components/diary/section-placeholder";

export const metadata = sectionMetadata("lesson-plans");

export default function LessonPlansPage() {
  return <SectionPlaceholder id="lesson-plans" />;
}
