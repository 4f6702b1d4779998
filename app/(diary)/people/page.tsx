import { SectionPlaceholder, sectionMetadata } from "@/components/diary/section-placeholder";

export const metadata = sectionMetadata("people");

export default function PeoplePage() {
  return <SectionPlaceholder id="people" />;
}
