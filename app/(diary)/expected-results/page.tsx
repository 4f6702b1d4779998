import { SectionPlaceholder } from "@/components/diary/section-placeholder";

export default function ExpectedResultsPage() {
  return <SectionPlaceholder id="expected-results" />;
}
