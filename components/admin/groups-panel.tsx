"use client";
// GRD-3 on /admin/groups: create and edit an afternoon group (name, kind, teacher, weekly
// meetings), remove it, and enrol students picked from a class. Each form parses with the zod
// schema its action parses (lib/validations/admin-groups.ts) through the house form hook.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";
import { createGroupAction, enrolAction, removeGroupAction, unenrolAction, updateGroupAction } from "@/lib/actions/admin-groups";
import { WEEKDAYS } from "@/lib/validations/admin-classes";
import {
  AFTERNOON_KINDS,
  AFTERNOON_LESSON,
  editGroupSchema,
  enrolSchema,
  GROUP_KIND_LABELS,
  groupSchema,
  type AfternoonKind,
} from "@/lib/validations/admin-groups";

type Option = { value: string; label: string };
type GroupValues = { name: string; kind: AfternoonKind | ""; teacherId: string; weekdays: string[]; lessonNumber: string };

const control = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base";

function Err({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} role="alert" className="text-sm text-red-700">
      {message}
    </p>
  ) : null;
}

/** The group's fields; with `groupId` it edits that group. */
export function GroupForm({ teachers, groupId, initial }: { teachers: Option[]; groupId?: string; initial?: GroupValues }) {
  const router = useRouter();
  const prefix = groupId ? `group-${groupId}` : "group-new";
  const defaults: GroupValues = initial ?? { name: "", kind: "", teacherId: "", weekdays: [], lessonNumber: String(AFTERNOON_LESSON) };
  const editing = Boolean(groupId);
  const { form, errors, pending, status, onSubmit } = useActionForm({
    schema: editing ? editGroupSchema : groupSchema,
    action: (input) => (editing ? updateGroupAction({ ...input, groupId: groupId! }) : createGroupAction(input as never)),
    defaultValues: (editing ? { ...defaults, groupId } : defaults) as never,
    resetOnSuccess: !editing,
    success: editing ? "Изменения сохранены." : "Группа создана.",
    onSuccess: () => router.refresh(),
  });
  const err = (name: keyof GroupValues) => (errors as Record<string, { message?: string } | undefined>)[name]?.message;
  const aria = (name: keyof GroupValues) => ({
    "aria-invalid": err(name) ? true : undefined,
    "aria-describedby": err(name) ? `${prefix}-${name}-error` : undefined,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <div className="space-y-1">
        <label htmlFor={`${prefix}-name`} className="block text-sm font-medium text-slate-700">
          Название
        </label>
        <input id={`${prefix}-name`} className={control} {...aria("name")} {...form.register("name" as never)} />
        <Err id={`${prefix}-name-error`} message={err("name")} />
      </div>
      <div className="space-y-1">
        <label htmlFor={`${prefix}-kind`} className="block text-sm font-medium text-slate-700">
          Вид занятий
        </label>
        <select id={`${prefix}-kind`} className={control} {...aria("kind")} {...form.register("kind" as never)}>
          <option value="">—</option>
          {AFTERNOON_KINDS.map((k) => (
            <option key={k} value={k}>
              {GROUP_KIND_LABELS[k]}
            </option>
          ))}
        </select>
        <Err id={`${prefix}-kind-error`} message={err("kind")} />
      </div>
      <div className="space-y-1">
        <label htmlFor={`${prefix}-teacherId`} className="block text-sm font-medium text-slate-700">
          Учитель
        </label>
        <select id={`${prefix}-teacherId`} className={control} {...aria("teacherId")} {...form.register("teacherId" as never)}>
          <option value="">—</option>
          {teachers.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </select>
        <Err id={`${prefix}-teacherId-error`} message={err("teacherId")} />
      </div>
      <fieldset className="space-y-1" aria-describedby={err("weekdays") ? `${prefix}-weekdays-error` : undefined}>
        <legend className="text-sm font-medium text-slate-700">Дни занятий</legend>
        {WEEKDAYS.map((d, i) => (
          <label key={d} className="mr-3 inline-flex items-center gap-1 text-sm">
            <input type="checkbox" value={String(i + 1)} {...form.register("weekdays" as never)} /> {d}
          </label>
        ))}
        <Err id={`${prefix}-weekdays-error`} message={err("weekdays")} />
      </fieldset>
      <div className="space-y-1">
        <label htmlFor={`${prefix}-lessonNumber`} className="block text-sm font-medium text-slate-700">
          Номер урока в расписании
        </label>
        <input
          id={`${prefix}-lessonNumber`}
          type="number"
          className={cn(control, "w-24")}
          {...aria("lessonNumber")}
          {...form.register("lessonNumber" as never)}
        />
        <Err id={`${prefix}-lessonNumber-error`} message={err("lessonNumber")} />
      </div>
      <FormMessage {...status} />
      <Button type="submit" pending={pending}>
        {editing ? "Сохранить группу" : "Создать группу"}
      </Button>
    </form>
  );
}

export function RemoveGroupButton({ groupId, name }: { groupId: string; name: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="space-y-2">
      <Button
        type="button"
        variant="secondary"
        pending={pending}
        onClick={() => {
          if (!window.confirm(`Удалить группу «${name}»?`)) return;
          start(async () => {
            const r = await removeGroupAction({ groupId });
            if (r.ok) router.refresh();
            else setMessage(r.message);
          });
        }}
      >
        Удалить группу
      </Button>
      <FormMessage message={message} />
    </div>
  );
}

export function UnenrolButton({ groupId, studentId, name }: { groupId: string; studentId: string; name: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="text-xs text-red-700 underline disabled:opacity-50"
        disabled={pending}
        aria-label={`Исключить из группы: ${name}`}
        onClick={() =>
          start(async () => {
            const r = await unenrolAction({ groupId, studentId });
            if (r.ok) router.refresh();
            else setMessage(r.message);
          })
        }
      >
        исключить
      </button>
      {message && (
        <span role="alert" className="block text-xs text-red-700">
          {message}
        </span>
      )}
    </>
  );
}

/** Pick a class, tick its students, enrol them. */
export function EnrolForm({
  groupId,
  classes,
  enrolled,
}: {
  groupId: string;
  classes: { id: string; label: string; students: { id: string; name: string }[] }[];
  enrolled: string[];
}) {
  const router = useRouter();
  const [classId, setClassId] = useState("");
  const { form, errors, pending, status, onSubmit } = useActionForm({
    schema: enrolSchema,
    action: enrolAction,
    defaultValues: { groupId, studentIds: [] },
    resetOnSuccess: { groupId, studentIds: [] },
    success: (d) => `Записано учеников: ${d.added}.`,
    onSuccess: () => router.refresh(),
  });
  const cls = classes.find((c) => c.id === classId);
  const already = new Set(enrolled);
  const error = (errors.studentIds as { message?: string } | undefined)?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <div className="space-y-1">
        <label htmlFor={`enrol-${groupId}-class`} className="block text-sm font-medium text-slate-700">
          Записать из класса
        </label>
        <select id={`enrol-${groupId}-class`} className={cn(control, "w-40")} value={classId} onChange={(e) => setClassId(e.target.value)}>
          <option value="">—</option>
          {classes.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      {cls && (
        <fieldset className="max-h-64 space-y-1 overflow-y-auto" aria-describedby={error ? `enrol-${groupId}-error` : undefined}>
          <legend className="text-sm text-slate-600">Ученики {cls.label}</legend>
          {cls.students.map((s) => (
            <label key={s.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" value={s.id} disabled={already.has(s.id)} {...form.register("studentIds")} /> {s.name}
              {already.has(s.id) && <span className="text-xs text-slate-500">(уже в группе)</span>}
            </label>
          ))}
        </fieldset>
      )}
      <Err id={`enrol-${groupId}-error`} message={error} />
      <FormMessage {...status} />
      <Button type="submit" variant="secondary" pending={pending}>
        Записать отмеченных
      </Button>
    </form>
  );
}
