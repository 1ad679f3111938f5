import "server-only";
import {
  claimedUser,
  currentUser,
  forgetClaim,
  type ClaimedUser,
  type CurrentUser,
} from "../current-user";
import { AppError, httpStatusOf, isAppError } from "../errors";

// The plumbing every JSON route handler shares: authenticate, run, and turn refusals into
// `{ error: { code, message } }` with the status of the code. Internal errors are logged and
// answered with a generic message: their text never reaches the client.

type ErrorDetails = (error: AppError) => Record<string, unknown> | undefined;

const noStore = { "Cache-Control": "no-store" };

export function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: noStore });
}

export function errorResponse(error: unknown, details?: ErrorDetails): Response {
  if (isAppError(error)) {
    const body = { code: error.code, message: error.userMessage, ...details?.(error) };
    return json({ error: body }, httpStatusOf(error.code));
  }
  console.error(error);
  return json({ error: { code: "internal", message: "Something went wrong. Try again." } }, 500);
}

const signInAgain = () => new AppError("unauthenticated", { userMessage: "Sign in to continue." });

async function withActor<U>(
  find: () => Promise<U | null>,
  work: (user: U) => Promise<Response>,
  details?: ErrorDetails,
  onSignedOut?: (user: U) => void,
): Promise<Response> {
  let user: U | null = null;
  try {
    user = await find();
    if (!user) throw signInAgain();
    return await work(user);
  } catch (error) {
    if (user && onSignedOut && isAppError(error) && error.code === "unauthenticated")
      onSignedOut(user);
    return errorResponse(error, details);
  }
}

export function withUser(
  work: (user: CurrentUser) => Promise<Response>,
  details?: ErrorDetails,
): Promise<Response> {
  return withActor(currentUser, work, details);
}

/**
 * As withUser, for handlers whose data functions check the session in their own statement
 * (ClaimedUser): one round trip to the database fewer on every request. The session cookie is
 * read from `request` itself. A claim its statement refused is forgotten.
 */
export function withClaimedUser(
  request: Request,
  work: (user: ClaimedUser) => Promise<Response>,
  details?: ErrorDetails,
): Promise<Response> {
  const find = () => claimedUser(request);
  return withActor(find, work, details, (user) => forgetClaim(user.sessionId));
}

/** The request body as JSON; an empty body reads as `{}`. */
export async function readJsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new AppError("bad_input", {
      userMessage: "The request body must be JSON.",
      cause: error,
    });
  }
}
