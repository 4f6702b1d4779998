import { SectionPlaceholder, sectionMetadata } from "@/components/diary/section-placeholder";

export const metadata = sectionMetadata("messages");

export default function MessagesPage() {
  return <SectionPlaceholder id="messages" />;
}
