import { SectionPlaceholder } from "@/components/diary/section-placeholder";

export default function CommentsPage() {
  return <SectionPlaceholder id="comments" />;
}
