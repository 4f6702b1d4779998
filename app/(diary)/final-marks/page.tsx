import { SectionPlaceholder } from "@/components/diary/section-placeholder";

export default function FinalMarksPage() {
  return <SectionPlaceholder id="final-marks" />;
}
