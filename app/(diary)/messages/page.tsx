import { SectionPlaceholder } from "@/components/diary/section-placeholder";

export default function MessagesPage() {
  return <SectionPlaceholder id="messages" />;
}
