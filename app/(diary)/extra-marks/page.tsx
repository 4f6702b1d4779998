import { SectionPlaceholder } from "@/components/diary/section-placeholder";

export default function ExtraMarksPage() {
  return <SectionPlaceholder id="extra-marks" />;
}
