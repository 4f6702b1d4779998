import { SectionPlaceholder, sectionMetadata } from "@/components/diary/section-placeholder";

export const metadata = sectionMetadata("portfolio");

export default function PortfolioPage() {
  return <SectionPlaceholder id="portfolio" />;
}
