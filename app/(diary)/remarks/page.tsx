import { SectionPlaceholder } from "@/components/diary/section-placeholder";

export default function RemarksPage() {
  return <SectionPlaceholder id="remarks" />;
}
