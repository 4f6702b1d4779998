// GRD-5: the forms of a control work's element analysis: its tasks (each checks one knowledge or
// skill element) and each student's points per task. Shared by the forms and the actions.
import { z } from "zod";

const id = z.string().min(1).max(64);

export const MAX_TASK_POINTS = 100;

export const addTaskSchema = z.object({
  assignmentId: id,
  lessonId: id,
  title: z.string().trim().min(1, "Укажите, что проверяет задание").max(200, "Не длиннее 200 символов"),
  maxScore: z.coerce
    .number<string>({ error: "Укажите число баллов" })
    .int("Целое число баллов")
    .min(1, "Не меньше 1 балла")
    .max(MAX_TASK_POINTS, `Не больше ${MAX_TASK_POINTS} баллов`),
});
export type AddTaskInput = z.input<typeof addTaskSchema>;

export const removeTaskSchema = z.object({ assignmentId: id, lessonId: id, elementId: id });

/** One cell of the grid: "" clears it. `max` is the task's maximum as shown; the server uses its own. */
const cellSchema = z
  .object({
    studentId: id,
    elementId: id,
    max: z.number().int().min(1).max(MAX_TASK_POINTS),
    score: z.string().trim().max(3, "Число от 0"),
  })
  .superRefine((c, ctx) => {
    if (c.score === "") return;
    const n = Number(c.score);
    if (!/^\d+$/.test(c.score) || n > c.max) ctx.addIssue({ code: "custom", path: ["score"], message: `Баллы от 0 до ${c.max}` });
  });

export const saveResultsSchema = z.object({ assignmentId: id, lessonId: id, cells: z.array(cellSchema).max(5000) });
export type SaveResultsInput = z.input<typeof saveResultsSchema>;

/** The message for a score outside 0..max, the same on both sides. */
export const scoreOutOfRange = (max: number) => `Баллы от 0 до ${max}`;
