import { SectionPlaceholder } from "@/components/diary/section-placeholder";

export default function ControlSchedulePage() {
  return <SectionPlaceholder id="control-schedule" />;
}
