import { SectionPlaceholder } from "@/components/diary/section-placeholder";

export default function HomeworkMarksPage() {
  return <SectionPlaceholder id="homework-marks" />;
}
