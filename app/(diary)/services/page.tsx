import { SectionPlaceholder, sectionMetadata } from "@/components/diary/section-placeholder";

export const metadata = sectionMetadata("services");

export default function ServicesPage() {
  return <SectionPlaceholder id="services" />;
}
