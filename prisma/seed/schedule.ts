// The year's plan of one teaching assignment: every lesson date from its timetable slots, with a
// topic and the kind of work (independent work every 2–3 weeks, a control work every 4–5).
import type { WorkType } from "../../generated/prisma/enums";
import { weekdayOf, type Day } from "./calendar";
import { bandOf } from "./curriculum";
import type { AssignmentP } from "./model";
import type { Rng } from "./random";
import { topicsFor } from "./topics";

export type PlannedLesson = {
  day: Day;
  number: number;
  room: string;
  topic: string;
  /** Index of the topic in the course: paragraph numbers follow it. */
  topicIndex: number;
  /** Position of the lesson in the year. */
  index: number;
  workType: WorkType;
  weight: number;
  /** The bare topic, for work names. */
  baseTopic: string;
};

const PRACTICAL = new Set(["Изобразительное искусство", "Музыка", "Труд (технология)", "Физическая культура"]);
const MATHS = new Set(["Математика", "Алгебра", "Геометрия", "Вероятность и статистика", "Физика", "Химия"]);

function controlTopic(subject: string, topic: string, rng: Rng): string {
  if (PRACTICAL.has(subject)) return `Контрольный урок по теме «${topic}»`;
  if (subject === "Русский язык" && rng.chance(0.5)) return `Контрольный диктант по теме «${topic}»`;
  return `Контрольная работа по теме «${topic}»`;
}

/** All lessons of the year for an assignment, in date order. */
export function planYear(rng: Rng, a: AssignmentP, schoolDays: Day[]): PlannedLesson[] {
  const byWeekday = new Map<number, AssignmentP["slots"]>();
  for (const s of [...a.slots].sort((x, y) => x.lessonNumber - y.lessonNumber)) {
    const list = byWeekday.get(s.weekday) ?? [];
    list.push(s);
    byWeekday.set(s.weekday, list);
  }
  const dates: { day: Day; number: number; room: string }[] = [];
  for (const day of schoolDays) {
    for (const s of byWeekday.get(weekdayOf(day)) ?? []) dates.push({ day, number: s.lessonNumber, room: s.room });
  }
  const topics = topicsFor(a.subject, bandOf(a.grade));
  const span = Math.max(1, Math.ceil(dates.length / topics.length));
  const h = Math.max(1, a.slots.length);
  const graded = a.journal !== "EXTRA";
  // Intervals in lessons: every 2–3 weeks and every 4–5 weeks, but a subject of one or two
  // lessons a week does not spend every other lesson on tests.
  const independentGap = () => Math.max(4, h * rng.int(2, 3));
  const controlGap = () => Math.max(7, h * rng.int(4, 5));
  // Random first dates, so that the subjects do not all test in the same week.
  let nextControl = Math.max(3, rng.int(Math.ceil(controlGap() * 0.6), controlGap())) - 1;
  let nextIndependent = rng.int(2, independentGap()) - 1;

  return dates.map((d, i) => {
    const topicIndex = Math.min(Math.floor(i / span), topics.length - 1);
    const baseTopic = topics[topicIndex];
    const r = i % span;
    let topic = baseTopic;
    if (graded && span > 1 && r > 0) {
      if (span >= 3 && r === span - 1) topic = `${baseTopic}. Обобщение`;
      else if (r % 2 === 1) topic = `${baseTopic}. Закрепление`;
      else topic = `${baseTopic}. ${MATHS.has(a.subject) ? "Решение задач" : "Практикум"}`;
    }
    let workType: WorkType = "LESSON_ANSWER";
    let weight = 1;
    if (graded && i === nextControl) {
      workType = "CONTROL";
      weight = 3;
      topic = controlTopic(a.subject, baseTopic, rng);
      nextControl += controlGap();
      if (nextIndependent <= i + 1) nextIndependent = i + Math.max(2, h * rng.int(1, 2));
    } else if (graded && i === nextIndependent) {
      workType = "INDEPENDENT";
      weight = 2;
      topic = `${baseTopic}. Самостоятельная работа`;
      nextIndependent += independentGap();
      if (nextIndependent === nextControl) nextIndependent += 1;
    }
    return { day: d.day, number: d.number, room: d.room, topic, topicIndex, index: i, workType, weight, baseTopic };
  });
}
