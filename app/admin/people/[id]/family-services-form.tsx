"use client";
// OTH-3: one paid service of a family (the child's page): on until a paid-until date, or off.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { switchOnServiceSchema } from "@/lib/validations/family-services";
import { switchOffServiceAction, switchOnServiceAction } from "@/lib/actions/family-services";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, FormMessage } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import type { FamilyServiceRow } from "@/lib/data/family-services";

const formatRu = (iso: string) => iso.split("-").reverse().join(".");

export function FamilyServiceForm({ studentId, row }: { studentId: string; row: FamilyServiceRow }) {
  const router = useRouter();
  const [offPending, startOff] = useTransition();
  const [offMessage, setOffMessage] = useState<string | null>(null);
  const { form, errors, pending, status, onSubmit } = useActionForm({
    schema: switchOnServiceSchema,
    action: switchOnServiceAction,
    defaultValues: { studentId, service: row.service, activeUntil: row.activeUntil ?? "" },
    success: "Услуга подключена.",
    onSuccess: () => router.refresh(),
  });
  const off = () =>
    startOff(async () => {
      setOffMessage(null);
      const r = await switchOffServiceAction({ studentId, service: row.service });
      if (!r.ok) setOffMessage(r.message);
      else router.refresh();
    });
  return (
    <div className="space-y-2 text-sm" data-testid={`service-${row.service}`}>
      <p>
        <span className="font-medium">«{row.label}»</span>:{" "}
        <span data-testid="service-state">
          {row.activeUntil ? `подключена, оплачена до ${formatRu(row.activeUntil)}` : "не подключена"}
        </span>
      </p>
      {!row.offered && (
        <p className="text-amber-700">Школа пока не предлагает эту услугу: отметьте её в разделе «Школа», иначе семья её не увидит.</p>
      )}
      <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-start gap-3">
        <FormMessage {...status} />
        <Field label="Оплачено до" type="date" error={errors.activeUntil?.message} {...form.register("activeUntil")} />
        <Button type="submit" pending={pending} className="mt-6">
          {row.activeUntil ? "Продлить" : "Подключить"}
        </Button>
        {row.activeUntil && (
          <Button type="button" variant="secondary" pending={offPending} onClick={off} className="mt-6">
            Отключить
          </Button>
        )}
      </form>
      <FormMessage message={offMessage} />
    </div>
  );
}
