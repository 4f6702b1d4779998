import { SectionPlaceholder } from "@/components/diary/section-placeholder";

export default function MissedTopicsPage() {
  return <SectionPlaceholder id="missed-topics" />;
}
