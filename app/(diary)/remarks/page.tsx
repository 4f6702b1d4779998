import { SectionPlaceholder, sectionMetadata } from "@/components/diary/section-placeholder";

export const metadata = sectionMetadata("remarks");

export default function RemarksPage() {
  return <SectionPlaceholder id="remarks" />;
}
