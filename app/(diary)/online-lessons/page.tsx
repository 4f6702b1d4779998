import { SectionPlaceholder, sectionMetadata } from "@/components/diary/section-placeholder";

export const metadata = sectionMetadata("online-lessons");

export default function OnlineLessonsPage() {
  return <SectionPlaceholder id="online-lessons" />;
}
