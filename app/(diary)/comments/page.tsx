import { SectionPlaceholder, sectionMetadata } from "@/components/diary/section-placeholder";

export const metadata = sectionMetadata("comments");

export default function CommentsPage() {
  return <SectionPlaceholder id="comments" />;
}
