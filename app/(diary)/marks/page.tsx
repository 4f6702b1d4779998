import { SectionPlaceholder } from "@/components/diary/section-placeholder";

export default function MarksPage() {
  return <SectionPlaceholder id="marks" />;
}
