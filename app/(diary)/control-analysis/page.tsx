import { SectionPlaceholder } from "@/components/diary/section-placeholder";

export default function ControlAnalysisPage() {
  return <SectionPlaceholder id="control-analysis" />;
}
