// Answers the server gives before any page or action runs (ADR 0008), shared with the browser:
// a server action's client throws such a text/plain answer as an Error with this message.
import { SUBMISSION_MAX_FILES } from "@/lib/validations/diary";

/** The same wording as the 10 MB rule shown beside the file field. */
export const TOO_LARGE_MESSAGE = `Файл больше 10 МБ: за раз можно загрузить не больше ${SUBMISSION_MAX_FILES} файлов до 10 МБ каждый`;

export const SERVICE_UNAVAILABLE_MESSAGE = "Сервис временно недоступен, попробуйте через минуту";

const KNOWN = new Set([TOO_LARGE_MESSAGE, SERVICE_UNAVAILABLE_MESSAGE]);

/** The message to show for an action call that threw: the server's own words, or a generic one. */
export function thrownActionMessage(error: unknown): string {
  if (error instanceof Error && KNOWN.has(error.message)) return error.message;
  return "Не удалось отправить. Проверьте соединение и попробуйте ещё раз.";
}
