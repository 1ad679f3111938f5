// One error class for everything the app refuses on purpose. `message` is for logs; `userMessage`
// is the only text a user ever sees. Route handlers map `code` to an HTTP status with httpStatusOf.

export type ErrorCode =
  | "bad_input"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "stale"
  | "rate_limited"
  | "database_in_use"
  | "migration_tampered"
  | "misconfigured";

const statusByCode: Record<ErrorCode, number> = {
  bad_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  stale: 409,
  rate_limited: 429,
  database_in_use: 503,
  migration_tampered: 500,
  misconfigured: 500,
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly userMessage: string;

  constructor(
    code: ErrorCode,
    options: { message?: string; userMessage: string; cause?: unknown },
  ) {
    super(options.message ?? options.userMessage, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.userMessage = options.userMessage;
  }
}

export function httpStatusOf(code: ErrorCode): number {
  return statusByCode[code];
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
