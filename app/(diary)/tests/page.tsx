import { SectionPlaceholder, sectionMetadata } from "@/components/diary/section-placeholder";

export const metadata = sectionMetadata("tests");

export default function TestsPage() {
  return <SectionPlaceholder id="tests" />;
}
