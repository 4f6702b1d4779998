"use client";
// Issuing and the list of codes. The plain codes exist only in an issuing result, so the
// printable invitations are shown from it, right away.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useWatch } from "react-hook-form";
import { issueInvitesSchema } from "@/lib/validations/accounts";
import { issueInvitesAction, reissueInviteAction, revokeInviteAction, type PrintableInvite } from "@/lib/actions/accounts-admin";
import { useActionForm } from "@/components/forms/use-action-form";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Invitations, type PrintBatch } from "@/components/admin/invitations";

type ClassOption = { id: string; label: string; students: { id: string; name: string }[] };
type InviteRow = {
  id: string;
  role: string;
  studentName: string;
  classLabel: string | null;
  createdAt: string;
  expiresAt: string | null;
  state: "active" | "used" | "revoked" | "expired";
  usedByLogin: string | null;
};

const STATE_LABEL = { active: "действует", used: "использован", revoked: "отозван", expired: "истёк" } as const;
const select = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

export function InvitesPanel({ classes, invites }: { classes: ClassOption[]; invites: InviteRow[] }) {
  const router = useRouter();
  const [batch, setBatch] = useState<PrintBatch | null>(null);
  const { form, errors, pending, status, setStatus, onSubmit } = useActionForm({
    schema: issueInvitesSchema,
    action: (values) => issueInvitesAction({ ...values, studentId: values.studentId || undefined }),
    defaultValues: { classId: "", studentId: "", role: "STUDENT" },
    onSuccess: (data) => show(data),
  });
  const setMessage = (m: { ok: boolean; text: string } | null) =>
    setStatus({ message: m?.text ?? null, tone: m?.ok ? "success" : "error" });
  const classId = useWatch({ control: form.control, name: "classId" });
  const students = classes.find((c) => c.id === classId)?.students ?? [];

  function show(result: { invites: PrintableInvite[]; school: { name: string; address: string }; registerUrl: string }) {
    setBatch(result);
    setMessage({
      ok: true,
      text: `Выдано кодов: ${result.invites.length}. Распечатайте приглашения сейчас: код показывается только один раз.`,
    });
    router.refresh();
  }

  async function act(kind: "revoke" | "reissue", id: string) {
    setMessage(null);
    if (kind === "revoke") {
      const r = await revokeInviteAction({ id });
      setMessage(r.ok ? { ok: true, text: "Код отозван." } : { ok: false, text: r.message });
      if (r.ok) router.refresh();
    } else {
      const r = await reissueInviteAction({ id });
      if (r.ok) show(r.data);
      else setMessage({ ok: false, text: r.message });
    }
  }

  return (
    <>
      <Card className="no-print" title="Выдать коды">
        <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-4 sm:items-end">
          <div>
            <label htmlFor="classId" className="mb-1 block text-sm font-medium text-slate-700">
              Класс
            </label>
            <select
              id="classId"
              className={select}
              aria-describedby={errors.classId ? "classId-error" : undefined}
              {...form.register("classId", { onChange: () => form.setValue("studentId", "") })}
            >
              <option value="">—</option>
              {classes.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
            {errors.classId && (
              <p id="classId-error" className="text-sm text-red-700">
                {errors.classId.message}
              </p>
            )}
          </div>
          <div>
            <label htmlFor="studentId" className="mb-1 block text-sm font-medium text-slate-700">
              Ученик
            </label>
            <select id="studentId" className={select} {...form.register("studentId")}>
              <option value="">Все ученики класса</option>
              {students.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="role" className="mb-1 block text-sm font-medium text-slate-700">
              Для кого
            </label>
            <select id="role" className={select} {...form.register("role")}>
              <option value="STUDENT">Ученик</option>
              <option value="PARENT">Родитель ученика</option>
            </select>
          </div>
          <Button type="submit" pending={pending}>
            Выдать коды
          </Button>
        </form>
      </Card>
      <div className="no-print">
        <FormMessage {...status} />
      </div>
      {batch && <Invitations batch={batch} />}
      <Card className="no-print" title="Выданные коды">
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="invites-table">
            <thead className="text-slate-500">
              <tr>
                <th className="py-1 pr-3">Для кого</th>
                <th className="py-1 pr-3">Класс</th>
                <th className="py-1 pr-3">Выдан</th>
                <th className="py-1 pr-3">Состояние</th>
                <th className="py-1" />
              </tr>
            </thead>
            <tbody>
              {invites.map((i) => (
                <tr key={i.id} className="border-t border-slate-100">
                  <td className="py-1 pr-3">{i.role === "PARENT" ? `Родитель: ${i.studentName}` : i.studentName}</td>
                  <td className="py-1 pr-3">{i.classLabel ?? "—"}</td>
                  <td className="py-1 pr-3">{new Date(i.createdAt).toLocaleDateString("ru-RU")}</td>
                  <td className="py-1 pr-3">
                    {STATE_LABEL[i.state]}
                    {i.usedByLogin ? ` (${i.usedByLogin})` : ""}
                  </td>
                  <td className="space-x-2 py-1 text-right whitespace-nowrap">
                    {i.state === "active" && (
                      <Button variant="ghost" className="px-2 py-1" onClick={() => act("revoke", i.id)}>
                        Отозвать
                      </Button>
                    )}
                    {i.state !== "used" && (
                      <Button variant="ghost" className="px-2 py-1" onClick={() => act("reissue", i.id)}>
                        Выдать заново
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </>
  );
}
