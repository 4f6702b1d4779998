import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireArea } from "@/lib/auth/viewer";
import { getOwnSettings } from "@/lib/data/accounts";
import { Card } from "@/components/ui/card";
import { SettingsForm } from "./settings-form";

export const metadata: Metadata = { title: "Настройки" };

export default async function SettingsPage() {
  const viewer = await requireArea("account");
  if (viewer.mustChangePassword) redirect("/security");
  const s = await getOwnSettings(viewer);
  const scheduleView = s.scheduleView === "day" || s.scheduleView === "list" ? s.scheduleView : "week";
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Настройки</h1>
      <Card>
        <SettingsForm
          initial={{ startPage: s.startPage, copyMessagesToEmail: s.copyMessagesToEmail, messageSignature: s.messageSignature ?? "", scheduleView, markReadFromEmail: s.markReadFromEmail }}
          hasDiary={viewer.diaryKind !== null}
        />
      </Card>
    </div>
  );
}
