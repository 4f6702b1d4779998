import { SectionPlaceholder, sectionMetadata } from "@/components/diary/section-placeholder";

export const metadata = sectionMetadata("courses");

export default function CoursesPage() {
  return <SectionPlaceholder id="courses" />;
}
