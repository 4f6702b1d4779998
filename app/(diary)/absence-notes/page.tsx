import { SectionPlaceholder, sectionMetadata } from "@/components/diary/section-placeholder";

export const metadata = sectionMetadata("absence-notes");

export default function AbsenceNotesPage() {
  return <SectionPlaceholder id="absence-notes" />;
}
