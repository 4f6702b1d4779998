import { SectionPlaceholder, sectionMetadata } from "@/components/diary/section-placeholder";

export const metadata = sectionMetadata("payment");

export default function PaymentPage() {
  return <SectionPlaceholder id="payment" />;
}
