// Forms of signing in; shared by the browser form and the server action.
import { z } from "zod";

export const loginSchema = z.object({
  login: z.string().trim().min(1, "Введите логин").max(64, "Логин не длиннее 64 символов"),
  password: z.string().min(1, "Введите пароль").max(128, "Пароль не длиннее 128 символов"),
  callbackUrl: z.string().max(512).optional(),
});

export type LoginInput = z.infer<typeof loginSchema>;
