// The curator's invite codes (ACC-1): issue for a student or a parent (one or a whole class),
// print, see which are used, revoke or re-issue.
import type { Metadata } from "next";
import { requireArea } from "@/lib/auth/viewer";
import { listClasses, listInvites, type InviteState } from "@/lib/data/accounts";
import { Card } from "@/components/ui/card";
import { InvitesPanel } from "./invites-panel";

export const metadata: Metadata = { title: "Приглашения" };

const STATES: { value: InviteState | "all"; label: string }[] = [
  { value: "all", label: "Все" },
  { value: "active", label: "Действуют" },
  { value: "used", label: "Использованы" },
  { value: "revoked", label: "Отозваны" },
  { value: "expired", label: "Истекли" },
];

export default async function InvitesPage({ searchParams }: { searchParams: Promise<{ state?: string }> }) {
  const viewer = await requireArea("admin");
  const { state } = await searchParams;
  const filter = STATES.find((s) => s.value === state)?.value ?? "all";
  const [classes, invites] = await Promise.all([listClasses(viewer), listInvites(viewer, { state: filter })]);
  return (
    <div className="space-y-4">
      <h1 className="no-print text-xl font-semibold">Приглашения</h1>
      <InvitesPanel
        classes={classes}
        invites={invites.map((i) => ({ ...i, createdAt: i.createdAt.toISOString(), expiresAt: i.expiresAt?.toISOString() ?? null }))}
      />
      <Card className="no-print" title="Фильтр">
        <nav className="flex flex-wrap gap-3 text-sm" aria-label="Состояние кодов">
          {STATES.map((s) => (
            <a
              key={s.value}
              href={`/admin/invites?state=${s.value}`}
              aria-current={s.value === filter ? "page" : undefined}
              className="text-brand-700 hover:underline aria-[current=page]:font-semibold"
            >
              {s.label}
            </a>
          ))}
        </nav>
      </Card>
    </div>
  );
}
