import { SectionPlaceholder } from "@/components/diary/section-placeholder";

export default function PeoplePage() {
  return <SectionPlaceholder id="people" />;
}
