// A refusal the user may read, raised by account logic that runs outside a server action (and
// in tests); actions turn it into a UserError.
export class AccountError extends Error {
  constructor(
    message: string,
    public fieldErrors?: Record<string, string[] | undefined>,
  ) {
    super(message);
    this.name = "AccountError";
  }
}
