import { SectionPlaceholder } from "@/components/diary/section-placeholder";

export default function StudyPlanPage() {
  return <SectionPlaceholder id="study-plan" />;
}
