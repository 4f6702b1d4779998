import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireArea } from "@/lib/auth/viewer";
import { getOwnSettings } from "@/lib/data/accounts";
import { Card } from "@/components/ui/card";
import { SettingsForm } from "./settings-form";
import { scheduleViewOf } from "@/lib/validations/accounts";

export const metadata: Metadata = { title: "Настройки" };

export default async function SettingsPage() {
  const viewer = await requireArea("account");
  if (viewer.mustChangePassword) redirect("/security");
  const s = await getOwnSettings(viewer);
  const scheduleView = scheduleViewOf(s.scheduleView);
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Настройки</h1>
      <Card>
        <SettingsForm initial={{ startPage: s.startPage, scheduleView }} hasDiary={viewer.diaryKind !== null} />
      </Card>
      {/* Said rather than offered: a switch that does nothing until messages exist (COM-1). */}
      <Card title="Сообщения">
        <p className="text-sm text-slate-600" data-testid="message-settings-note">
          Подпись к сообщениям и копии сообщений на электронную почту можно будет настроить, когда в дневнике заработают сообщения.
        </p>
      </Card>
    </div>
  );
}
