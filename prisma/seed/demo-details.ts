// Makes sure the demo children show every part of the diary: a mark with a comment, a remark
// and a comment (parents only), an absence note, development notes, expected marks and the paid
// «Анализ КР» service. (Absences and control-work elements are ensured by the journal itself.)
import { toDbDate, type Day } from "./calendar";
import type { Person, SchoolCtx, Student, Teacher, YearP } from "./model";
import type { Rng } from "./random";
import { expectedMarks } from "./results";
import { newId } from "./rows";
import type { YearJournal } from "./year-journal";

type DemoRefs = {
  student: Student;
  student9: Student;
  parent: Person;
  teacher: Teacher;
  teacher9: Teacher;
  psychologist: Person;
  socialPedagogue: Person;
};

function ensureCommentedMark(ctx: SchoolCtx, student: Student): void {
  const own = ctx.rows.mark.filter((m) => m.studentId === student.id && m.journal === "MAIN");
  if (own.length === 0 || own.some((m) => m.comment)) return;
  const last = own[own.length - 1];
  last.comment = Number(last.numeric ?? 4) <= 3 ? "Не выучил правило" : "Отличный ответ у доски";
}

function ensureRemarks(ctx: SchoolCtx, journal: YearJournal, student: Student): void {
  const seen = [...(journal.watched.get(student.id) ?? [])].sort((a, b) => a.day - b.day);
  if (seen.length === 0) return;
  const kinds = new Set(ctx.rows.remark.filter((r) => r.studentId === student.id).map((r) => r.kind));
  const add = (kind: "REMARK" | "COMMENT", text: string, back: number) => {
    const lesson = seen[Math.max(0, seen.length - 1 - back)];
    ctx.rows.remark.push({
      id: newId(),
      schoolId: ctx.schoolId,
      studentId: student.id,
      authorId: lesson.teacherId,
      lessonId: lesson.lessonId,
      kind,
      text,
      createdAt: ctx.stamp(lesson.day, 7),
    });
  };
  // A few lessons back, so that they land in the current or the last week.
  if (!kinds.has("REMARK")) add("REMARK", "Не принёс тетрадь", 12);
  if (!kinds.has("COMMENT")) add("COMMENT", "Хорошо работал в группе", 4);
}

/** The first run of consecutive ill days, for the parent's absence note. */
function firstIllness(journal: YearJournal, student: Student): [Day, Day] | null {
  const days = [...(journal.absences.get(student.id) ?? new Map()).entries()]
    .filter(([, kind]) => kind === "ILL")
    .map(([day]) => day)
    .sort((a, b) => a - b);
  if (days.length === 0) return null;
  let end = days[0];
  for (const d of days.slice(1)) {
    if (d - end > 3) break; // a weekend in between still belongs to the same illness
    end = d;
  }
  return [days[0], end];
}

export function addDemoDetails(ctx: SchoolCtx, rng: Rng, year: YearP, journal: YearJournal, demo: DemoRefs): void {
  const { rows, schoolId } = ctx;
  for (const s of [demo.student, demo.student9]) {
    ensureCommentedMark(ctx, s);
    ensureRemarks(ctx, journal, s);
    expectedMarks(ctx, year, s);
  }

  // OTH-3: the paid service for the first child, until the end of the study year.
  rows.familyService.push({
    id: newId(),
    schoolId,
    studentId: demo.student.id,
    service: "KR_ANALYSIS",
    activeUntil: toDbDate(year.cal.end),
  });

  // FBK-3: the mother's note about the son's illness, confirmed by the class teacher.
  const illness = firstIllness(journal, demo.student);
  if (illness) {
    rows.absenceNote.push({
      id: newId(),
      schoolId,
      studentId: demo.student.id,
      parentId: demo.parent.id,
      fromDate: toDbDate(illness[0]),
      toDate: toDbDate(illness[1]),
      reason: "Болел (ОРВИ), справка от педиатра передана классному руководителю",
      status: "CONFIRMED",
      confirmedBy: demo.teacher.id,
      createdAt: ctx.stamp(illness[0], 1),
    });
  }

  // FBK-4: development notes by the class teachers and specialists.
  const notes: [Student, Person, string, string][] = [
    [
      demo.student,
      demo.teacher,
      "Регулятивные УУД",
      "Умеет планировать свою работу на уроке, доводит начатое до конца. Рекомендуется больше читать вслух.",
    ],
    [
      demo.student,
      demo.psychologist,
      "Адаптация к 5 классу",
      "Адаптация к обучению в основной школе проходит успешно: тревожность в норме, с одноклассниками общается охотно.",
    ],
    [
      demo.student9,
      demo.teacher9,
      "Профессиональное самоопределение",
      "Проявляет интерес к естественным наукам; рекомендован естественно-научный профиль в 10 классе.",
    ],
    [
      demo.student9,
      demo.socialPedagogue,
      "Социальная активность",
      "Участвует в работе школьного совета обучающихся, организовала благотворительную ярмарку.",
    ],
  ];
  const noteDay = Math.min(ctx.today, year.cal.start + 45 + rng.int(0, 10));
  for (const [student, author, area, text] of notes) {
    rows.developmentNote.push({
      id: newId(),
      schoolId,
      studentId: student.id,
      authorId: author.id,
      area,
      text,
      createdAt: ctx.stamp(noteDay, 7),
    });
  }
}
