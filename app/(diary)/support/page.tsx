import { SectionPlaceholder, sectionMetadata } from "@/components/diary/section-placeholder";

export const metadata = sectionMetadata("support");

export default function SupportPage() {
  return <SectionPlaceholder id="support" />;
}
