import { SectionPlaceholder, sectionMetadata } from "@/components/diary/section-placeholder";

export const metadata = sectionMetadata("expected-results");

export default function ExpectedResultsPage() {
  return <SectionPlaceholder id="expected-results" />;
}
