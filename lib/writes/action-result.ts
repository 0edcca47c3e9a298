// The one shape every server action returns, shown by the forms next to each field
// (components/forms.tsx). `values` echoes what was submitted so that a refused form keeps the
// editor's input on screen. Messages are in the language of the write in progress (the editor's,
// lib/i18n/localized.ts).
import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { ConflictError, DatabaseUnavailableError, NotFoundError, RefusedError, RuleError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/localized";

export type FieldErrors = Record<string, string[]>;
export type FormValues = Record<string, unknown>;

export type ActionResult =
  | { ok: true; message: string; values?: FormValues }
  | {
      ok: false;
      status: 400 | 401 | 403 | 404 | 409 | 422 | 429 | 500 | 503;
      message: string;
      fieldErrors?: FieldErrors;
      values?: FormValues;
    };

/** A server action as a form calls it (through useActionState): its last outcome, the form's data. */
export type FormActionFn = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;

/** Field messages keyed by dotted path ("evidence.0.url"), first message per field first. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

export function invalid(error: z.ZodError, values: FormValues): ActionResult {
  return {
    ok: false,
    status: 422,
    message: errorText("invalid"),
    fieldErrors: fieldErrorsOf(error),
    values,
  };
}

/** "Nothing was saved" while PostgreSQL is down, in the language of the write in progress. */
export const databaseUnavailableMessage = () => errorText("databaseUnavailable");

const DATABASE_DOWN = new Set(["P1001", "P1002", "P1017", "P2024"]);

/** Turns what a write threw into the answer the form shows. Unknown errors are logged. */
export function failure(error: unknown, values: FormValues): ActionResult {
  if (error instanceof ConflictError) return { ok: false, status: 409, message: error.message, values };
  if (error instanceof RefusedError) return { ok: false, status: error.status, message: error.message, values };
  if (error instanceof NotFoundError) return { ok: false, status: 404, message: error.message, values };
  if (error instanceof RuleError) {
    return {
      ok: false,
      status: 422,
      message: error.message,
      fieldErrors: error.field ? { [error.field]: [error.message] } : undefined,
      values,
    };
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    const target = uniqueTarget(error);
    const field = /slug/.test(target) ? "slug" : /email/.test(target) ? "email" : /url/.test(target) ? "url" : undefined;
    const message = field ? errorText("duplicateField", { field }) : errorText("duplicate");
    return { ok: false, status: 409, message, fieldErrors: field ? { [field]: [message] } : undefined, values };
  }
  if (isDatabaseUnavailable(error)) return { ok: false, status: 503, message: databaseUnavailableMessage(), values };
  console.error(error);
  return { ok: false, status: 500, message: errorText("unexpected"), values };
}

/**
 * What a unique violation was about: its fields (meta.target), or with a driver adapter, as here,
 * the violated index ("indicators_slug_key"), which Prisma reports under meta.driverAdapterError.
 */
function uniqueTarget(error: Prisma.PrismaClientKnownRequestError): string {
  const meta = error.meta as { target?: unknown; driverAdapterError?: { cause?: { constraint?: unknown } } } | undefined;
  return JSON.stringify([meta?.target ?? null, meta?.driverAdapterError?.cause?.constraint ?? null]);
}

// What the driver adapter reports for a connection that failed, whatever the query's own code
// (a raw query's failure is P2010 whatever its cause).
const CONNECTION_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);

export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (DATABASE_DOWN.has(error.code)) return true;
    const kind = (error.meta as { driverAdapterError?: { cause?: { kind?: unknown } } } | undefined)?.driverAdapterError?.cause?.kind;
    if (typeof kind === "string" && CONNECTION_KINDS.has(kind)) return true;
  }
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  const text = error instanceof Error ? `${error.name} ${error.message} ${String((error as { cause?: unknown }).cause ?? "")}` : "";
  return /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|Connection terminated|terminating connection|closed the connection|the database system is (starting up|shutting down|in recovery mode)|Can't reach database|DatabaseNotReachable|connection timeout|timeout exceeded when trying to connect/i.test(
    text,
  );
}
