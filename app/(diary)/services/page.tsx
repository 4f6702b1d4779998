import { SectionPlaceholder } from "@/components/diary/section-placeholder";

export default function ServicesPage() {
  return <SectionPlaceholder id="services" />;
}
