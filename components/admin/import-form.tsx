"use client";
// Upload → preview (every row and its problems) → import → printable invite codes (ADM-3), for
// students and parents or, with kind="staff", for a staff sheet (ADM-6).
import { useRef, useState } from "react";
import { previewImportAction, previewStaffImportAction, runImportAction, runStaffImportAction } from "@/lib/actions/admin-import";
import type { StaffImportResult, StaffPlan } from "@/lib/import/staff";
import { StaffImportPreview, StaffInviteSheet } from "./staff-import";
import { IMPORT_ACCEPT } from "@/lib/validations/admin-import";
import type { ImportPlan } from "@/lib/import/plan";
import type { ImportResult } from "@/lib/import/run";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { ImportPreview } from "./import-preview";
import { InviteSheet } from "./invite-sheet";

export function ImportForm({ address, kind = "people" }: { address: string; kind?: "people" | "staff" }) {
  const fileRef = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [plan, setPlan] = useState<ImportPlan | StaffPlan | null>(null);
  const [result, setResult] = useState<ImportResult | StaffImportResult | null>(null);
  const staff = kind === "staff";
  const [pending, setPending] = useState<"preview" | "run" | null>(null);

  function formData(): FormData | null {
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setFileError("Выберите файл .xlsx или .csv.");
      return null;
    }
    const fd = new FormData();
    fd.set("file", file);
    return fd;
  }

  async function submit(kind: "preview" | "run") {
    setMessage(null);
    setFileError(null);
    const fd = formData();
    if (!fd) return;
    setPending(kind);
    try {
      if (kind === "preview") {
        setResult(null);
        const r = staff ? await previewStaffImportAction(fd) : await previewImportAction(fd);
        if (r.ok) setPlan(r.data);
        else {
          setPlan(null);
          if (r.fieldErrors?.file) setFileError(r.fieldErrors.file[0]);
          else setMessage(r.message);
        }
      } else {
        const r = staff ? await runStaffImportAction(fd) : await runImportAction(fd);
        if (r.ok) {
          setResult(r.data);
          setPlan(null);
        } else setMessage(r.message);
      }
    } finally {
      setPending(null);
    }
  }

  if (result && "created" in result && staff)
    return <StaffInviteSheet result={result as StaffImportResult} address={address} onAgain={() => setResult(null)} />;
  if (result) return <InviteSheet result={result as ImportResult} address={address} onAgain={() => setResult(null)} />;

  return (
    <div className="space-y-4">
      <form
        className="no-print space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          void submit("preview");
        }}
      >
        <div className="space-y-1">
          <label htmlFor="file" className="block text-sm font-medium text-slate-700">
            {staff ? "Файл со списком сотрудников" : "Файл со списком учеников"}
          </label>
          <input
            ref={fileRef}
            id="file"
            name="file"
            type="file"
            accept={IMPORT_ACCEPT}
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? "file-error file-hint" : "file-hint"}
            onChange={() => setPlan(null)}
            className="block w-full text-sm"
          />
          <p id="file-hint" className="text-xs text-slate-500">
            .xlsx или .csv (UTF-8 или Windows-1251, разделитель «;» или «,»).{" "}
            {staff
              ? "Первая строка — заголовки: «ФИО», «Должность» (несколько — через запятую: «учитель, завуч»), по желанию «E-mail»."
              : "Первая строка — заголовки: «ФИО ученика», «Дата рождения», «Класс», по желанию «ФИО родителя» и «E-mail родителя». Второй родитель — ещё одна строка с тем же учеником."}
          </p>
          {fileError && (
            <p id="file-error" role="alert" className="text-sm text-red-700">
              {fileError}
            </p>
          )}
        </div>
        <FormMessage message={message} />
        <Button type="submit" variant="secondary" pending={pending === "preview"}>
          Проверить файл
        </Button>
      </form>
      {plan && staff && <StaffImportPreview plan={plan as StaffPlan} pending={pending === "run"} onImport={() => void submit("run")} />}
      {plan && !staff && <ImportPreview plan={plan as ImportPlan} pending={pending === "run"} onImport={() => void submit("run")} />}
    </div>
  );
}
