import { SectionPlaceholder } from "@/components/diary/section-placeholder";

export default function RatingPage() {
  return <SectionPlaceholder id="rating" />;
}
