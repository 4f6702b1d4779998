import { SectionPlaceholder, sectionMetadata } from "@/components/diary/section-placeholder";

export const metadata = sectionMetadata("study-plan");

export default function StudyPlanPage() {
  return <SectionPlaceholder id="study-plan" />;
}
