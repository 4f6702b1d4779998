import { SectionPlaceholder, sectionMetadata } from "@/components/diary/section-placeholder";

export const metadata = sectionMetadata("development");

export default function DevelopmentPage() {
  return <SectionPlaceholder id="development" />;
}
