// The one error type for refusals the user may read: thrown by actions and by the logic they call
// (accounts, import), shown as is by defineAction (lib/actions/action.ts). No "server-only" here so
// that the logic stays testable outside Next.js.
export type FieldErrors = Record<string, string[] | undefined>;

export class UserError extends Error {
  constructor(
    message: string,
    public fieldErrors?: FieldErrors,
  ) {
    super(message);
    this.name = "UserError";
  }
}
