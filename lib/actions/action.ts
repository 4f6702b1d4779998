// The one wrapper every server action goes through: it resolves the viewer, checks who may act,
// parses the input with the form's own zod schema and turns errors into a typed result.
// Treat each action as a public endpoint: the proxy only redirects, this is the check.
import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { getViewer, type Viewer } from "@/lib/auth/viewer";
import type { Role } from "@/lib/access/matrix";
import { reportDbError } from "@/lib/db-health";
import { SERVICE_UNAVAILABLE_MESSAGE } from "@/lib/http/messages";

import { UserError, type FieldErrors } from "@/lib/user-error";

export { UserError, type FieldErrors };

export type ActionResult<T = undefined> =
  { ok: true; data: T; message?: string } | { ok: false; message: string; fieldErrors?: FieldErrors };

export const NOT_FOUND_MESSAGE = "Не найдено.";
const GENERIC_MESSAGE = "Что-то пошло не так. Попробуйте ещё раз или обратитесь к куратору журнала.";
const INVALID_MESSAGE = "Проверьте поля формы.";

type Access = ({ public: true } | { roles: readonly Role[] } | { allow: (viewer: Viewer) => boolean }) & {
  /** Allowed while the curator has required a new password (ACC-5): only the change itself. */
  duringForcedPasswordChange?: true;
};

type Ctx<A extends Access> = A extends { public: true } ? { viewer: Viewer | null } : { viewer: Viewer };

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/**
 * Defines a server action. Usage (in a "use server" file):
 *   export const saveXAction = defineAction({ roles: ["TEACHER"] }, schema, async (input, { viewer }) => …);
 * Anyone not allowed gets the same "not found" a missing record gets.
 */
export function defineAction<A extends Access, S extends z.ZodType, T>(
  access: A,
  schema: S,
  handler: (input: z.output<S>, ctx: Ctx<A>) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (input) => {
    try {
      const viewer = await getViewer();
      if (!("public" in access)) {
        if (!viewer) return { ok: false, message: "Войдите в журнал заново." };
        const allowed = "roles" in access ? viewer.roles.some((r) => access.roles.includes(r)) : access.allow(viewer);
        if (!allowed) return { ok: false, message: NOT_FOUND_MESSAGE };
        if (viewer.mustChangePassword && !access.duringForcedPasswordChange) {
          return { ok: false, message: "Сначала смените пароль в разделе «Безопасность»." };
        }
      }
      const parsed = schema.safeParse(input);
      if (!parsed.success) return { ok: false, message: INVALID_MESSAGE, fieldErrors: fieldErrorsOf(parsed.error) };
      const data = await handler(parsed.data, { viewer } as Ctx<A>);
      return { ok: true, data };
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() pass through
      if (error instanceof UserError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
      // A lost database is logged once per interval by lib/db-health.ts, not once per request.
      if (reportDbError(error)) return { ok: false, message: SERVICE_UNAVAILABLE_MESSAGE };
      console.error("[action] unexpected error", error);
      return { ok: false, message: GENERIC_MESSAGE };
    }
  };
}
