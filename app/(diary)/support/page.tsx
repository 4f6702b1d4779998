import { SectionPlaceholder } from "@/components/diary/section-placeholder";

export default function SupportPage() {
  return <SectionPlaceholder id="support" />;
}
