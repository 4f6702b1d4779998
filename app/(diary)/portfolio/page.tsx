import { SectionPlaceholder } from "@/components/diary/section-placeholder";

export default function PortfolioPage() {
  return <SectionPlaceholder id="portfolio" />;
}
