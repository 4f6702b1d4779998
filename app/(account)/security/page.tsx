import type { Metadata } from "next";
import { requireArea } from "@/lib/auth/viewer";
import { getOwnSettings } from "@/lib/data/accounts";
import { prisma } from "@/lib/db";
import { toIsoDate } from "@/lib/time/dates";
import { Card } from "@/components/ui/card";
import { liveSessions } from "@/lib/auth/sessions";
import { ChangePasswordForm } from "./change-password-form";
import { ConfirmDataForm } from "./confirm-data-form";
import { SessionsCard } from "./sessions-card";

/** «Chrome, Windows» from a User-Agent: enough for a person to recognise their device. */
function deviceOf(ua: string | null): string {
  if (!ua) return "Неизвестное устройство";
  const browser = /YaBrowser/.test(ua)
    ? "Яндекс Браузер"
    : /Edg\//.test(ua)
      ? "Edge"
      : /Firefox\//.test(ua)
        ? "Firefox"
        : /Chrom(e|ium)\//.test(ua)
          ? "Chrome"
          : /Safari\//.test(ua)
            ? "Safari"
            : "Браузер";
  const os = /Android/.test(ua)
    ? "Android"
    : /iPhone|iPad/.test(ua)
      ? "iOS"
      : /Windows/.test(ua)
        ? "Windows"
        : /Mac OS X/.test(ua)
          ? "macOS"
          : /Linux/.test(ua)
            ? "Linux"
            : null;
  return os ? `${browser}, ${os}` : browser;
}

export const metadata: Metadata = { title: "Безопасность" };

export default async function SecurityPage() {
  const viewer = await requireArea("account");
  const [settings, me, sessions] = await Promise.all([
    getOwnSettings(viewer),
    prisma.user.findUniqueOrThrow({ where: { id: viewer.userId }, select: { birthDate: true } }),
    liveSessions(viewer.userId),
  ]);
  const when = new Intl.DateTimeFormat("ru-RU", {
    day: "numeric",
    month: "long",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: viewer.school.timezone,
  });
  const ctx = {
    login: viewer.login,
    birthDate: me.birthDate ? toIsoDate(me.birthDate) : null,
    names: [viewer.lastName, viewer.firstName, viewer.middleName ?? ""],
  };
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
      <Card title="Сеансы">
        <SessionsCard
          sessions={sessions.map((s, i) => ({
            key: String(i),
            startedAt: when.format(s.createdAt),
            device: deviceOf(s.userAgent),
            current: s.id === viewer.sessionId,
          }))}
        />
      </Card>
      {!viewer.mustChangePassword && (
        <Card title="Подтверждение данных">
          <ConfirmDataForm email={settings.email ?? ""} confirmed={settings.emailConfirmedAt !== null} />
        </Card>
      )}
    </div>
  );
}
