import "server-only";
import type { z } from "zod";
import type { CurrentUser } from "../../current-user";
import { AppError } from "../../errors";
import { parseOrThrow } from "../users/create-user";

// The acting user of every class, set, assignment, attempt and report function. It may be null
// so that a page or route that forgot to sign the user in still gets "unauthenticated" here.
export type Actor = CurrentUser | null;

export function requireActor(actor: Actor): CurrentUser {
  if (!actor) throw new AppError("unauthenticated", { userMessage: "Sign in to continue." });
  return actor;
}

// Role checks answer "forbidden": they reveal nothing about any one id. Records that belong to
// someone else answer "not found" (see notFound), so probing ids learns nothing either.
export function requireTeacher(actor: Actor): CurrentUser {
  const user = requireActor(actor);
  if (user.role !== "teacher")
    throw new AppError("forbidden", { userMessage: "Only teachers can do this." });
  return user;
}

export function requireStudent(actor: Actor): CurrentUser {
  const user = requireActor(actor);
  if (user.role !== "student")
    throw new AppError("forbidden", { userMessage: "Only students can do this." });
  return user;
}

export function notFound(what: string): AppError {
  return new AppError("not_found", { userMessage: `That ${what} does not exist.` });
}

export function parse<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  return parseOrThrow(schema, input);
}
