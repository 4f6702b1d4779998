import { SectionPlaceholder } from "@/components/diary/section-placeholder";

export default function AbsenceNotesPage() {
  return <SectionPlaceholder id="absence-notes" />;
}
