import type { Metadata } from "next";
import { requireArea } from "@/lib/auth/viewer";
import { getOwnSettings } from "@/lib/data/accounts";
import { prisma } from "@/lib/db";
import { toIsoDate } from "@/lib/time/dates";
import { Card } from "@/components/ui/card";
import { ChangePasswordForm } from "./change-password-form";
import { ConfirmDataForm } from "./confirm-data-form";

export const metadata: Metadata = { title: "Безопасность" };

export default async function SecurityPage() {
  const viewer = await requireArea("account");
  const [settings, me] = await Promise.all([
    getOwnSettings(viewer),
    prisma.user.findUniqueOrThrow({ where: { id: viewer.userId }, select: { birthDate: true } }),
  ]);
  const ctx = { login: viewer.login, birthDate: me.birthDate ? toIsoDate(me.birthDate) : null, names: [viewer.lastName, viewer.firstName, viewer.middleName ?? ""] };
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Безопасность</h1>
      {viewer.mustChangePassword && (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="must-change">
          Куратор журнала задал вам временный пароль. Придумайте новый пароль, чтобы продолжить работу.
        </p>
      )}
      <Card title="Смена пароля">
        <ChangePasswordForm ctx={ctx} forced={viewer.mustChangePassword} />
      </Card>
      {!viewer.mustChangePassword && (
        <Card title="Подтверждение данных">
          <ConfirmDataForm email={settings.email ?? ""} confirmed={settings.emailConfirmedAt !== null} />
        </Card>
      )}
    </div>
  );
}
