import { SectionPlaceholder } from "@/components/diary/section-placeholder";

export default function PaymentPage() {
  return <SectionPlaceholder id="payment" />;
}
