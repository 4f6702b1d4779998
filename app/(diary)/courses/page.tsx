import { SectionPlaceholder } from "@/components/diary/section-placeholder";

export default function CoursesPage() {
  return <SectionPlaceholder id="courses" />;
}
