import { SectionPlaceholder } from "@/components/diary/section-placeholder";

export default function DevelopmentPage() {
  return <SectionPlaceholder id="development" />;
}
