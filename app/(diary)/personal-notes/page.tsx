import { SectionPlaceholder } from "@/components/diary/section-placeholder";

export default function PersonalNotesPage() {
  return <SectionPlaceholder id="personal-notes" />;
}
