import { SectionPlaceholder, sectionMetadata } from "@/components/diary/section-placeholder";

export const metadata = sectionMetadata("personal-notes");

export default function PersonalNotesPage() {
  return <SectionPlaceholder id="personal-notes" />;
}
