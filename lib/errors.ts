// Errors the domain modules throw for outcomes a person can act on; lib/writes/action-result.ts maps them
// to answers (409, 404, 422). Anything else is a bug or an outage. Each sets its `name`
// itself rather than rely on its class name, which a minifier may shorten.

/** Someone else saved first: the form's version is stale. */
export class ConflictError extends Error {
  override name = "ConflictError";
}

export class NotFoundError extends Error {
  override name = "NotFoundError";
}

/** A write that breaks an editorial rule (e.g. correcting a retracted entry). */
export class RuleError extends Error {
  override name = "RuleError";
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** PostgreSQL could not be reached for something that needs it (e.g. checking a session). */
export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
}

/** A request refused for who is asking, not for what it says (a wrong password, too many attempts). */
export class RefusedError extends Error {
  override name = "RefusedError";
  constructor(
    readonly status: 401 | 403 | 429,
    message: string,
  ) {
    super(message);
  }
}
