import { SectionPlaceholder } from "@/components/diary/section-placeholder";

export default function TestsPage() {
  return <SectionPlaceholder id="tests" />;
}
