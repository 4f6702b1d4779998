// SCH-1 «Расписание»: the weekly timetable of any class of the viewer's school (this year),
// the bells and the holidays.
import "server-only";
import { prisma } from "@/lib/db";
import { shortName } from "@/lib/names";
import { toIsoDate, type IsoDate } from "@/lib/time/dates";

export type ClassRef = { id: string; label: string };
export type ScheduleSlot = {
  weekday: number;
  number: number;
  startsAt: string | null;
  endsAt: string | null;
  subject: string;
  group: string | null;
  room: string | null;
  teacher: string;
};

/** `wanted` is the class asked for; an unknown id (or another school's) falls back to `own`. */
export async function getSchedule(schoolId: string, wanted: string | undefined, own: string | null) {
  const [classes, school] = await Promise.all([
    prisma.schoolClass.findMany({
      where: { schoolId, year: { isCurrent: true } },
      orderBy: [{ grade: "asc" }, { letter: "asc" }],
      select: { id: true, grade: true, letter: true },
    }),
    prisma.school.findUniqueOrThrow({
      where: { id: schoolId },
      relationLoadStrategy: "join",
      select: {
        bells: { orderBy: { number: "asc" }, select: { number: true, startsAt: true, endsAt: true } },
        studyYears: {
          where: { isCurrent: true },
          select: { holidays: { orderBy: { startDate: "asc" }, select: { name: true, startDate: true, endDate: true } } },
        },
      },
    }),
  ]);
  const list: ClassRef[] = classes.map((c) => ({ id: c.id, label: `${c.grade}${c.letter}` }));
  const chosen = list.find((c) => c.id === wanted) ?? list.find((c) => c.id === own) ?? null;
  const slots = chosen
    ? await prisma.timetableSlot.findMany({
        where: { schoolId, assignment: { classId: chosen.id, journal: "MAIN" } },
        relationLoadStrategy: "join",
        orderBy: [{ weekday: "asc" }, { lessonNumber: "asc" }],
        select: {
          weekday: true,
          lessonNumber: true,
          room: true,
          assignment: {
            select: {
              subject: { select: { name: true } },
              group: { select: { name: true } },
              teacher: { select: { lastName: true, firstName: true, middleName: true } },
            },
          },
        },
      })
    : [];
  const bells = new Map(school.bells.map((b) => [b.number, b]));
  return {
    classes: list,
    chosen,
    slots: slots.map<ScheduleSlot>((s) => ({
      weekday: s.weekday,
      number: s.lessonNumber,
      startsAt: bells.get(s.lessonNumber)?.startsAt ?? null,
      endsAt: bells.get(s.lessonNumber)?.endsAt ?? null,
      subject: s.assignment.subject.name,
      group: s.assignment.group?.name ?? null,
      room: s.room,
      teacher: shortName(s.assignment.teacher),
    })),
    holidays: school.studyYears
      .flatMap((y) => y.holidays)
      .map((h) => ({ name: h.name, from: toIsoDate(h.startDate) as IsoDate, to: toIsoDate(h.endDate) as IsoDate })),
  };
}
