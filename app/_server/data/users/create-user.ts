import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { prisma } from "../../db";
import { AppError } from "../../errors";
import { isUniqueViolation } from "../prisma-errors";
import { hashPassword } from "./hash-password";
import { emailSchema, passwordSchema } from "./password-policy";
import { storableText } from "../../storable-text";

export const signUpSchema = z.object({
  name: storableText(
    z
      .string()
      .trim()
      .min(1, "Enter your name.")
      .max(100, "Use at most 100 characters for your name."),
    "Your name",
  ),
  email: emailSchema,
  password: passwordSchema,
  role: z.enum(["student", "teacher"], { message: "Choose student or teacher." }),
});

// Fields arrive untyped from forms; the schema decides what is acceptable.
export type SignUpInput = { [K in keyof z.input<typeof signUpSchema>]: unknown };
export type PublicUser = { id: string; email: string; name: string; role: "student" | "teacher" };

export function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("bad_input", {
      userMessage: parsed.error.issues[0]?.message ?? "Check the form.",
    });
  }
  return parsed.data;
}

// Sign-up has no acting user: anyone may create an account for themselves.
export async function createUser(input: SignUpInput): Promise<PublicUser> {
  const data = parseOrThrow(signUpSchema, input);
  const db = await prisma();
  const taken = await db.user.findUnique({ where: { email: data.email }, select: { id: true } });
  if (taken) throw duplicateEmail();
  const passwordHash = await hashPassword(data.password);
  try {
    return await db.user.create({
      data: { id: randomUUID(), email: data.email, name: data.name, role: data.role, passwordHash },
      select: { id: true, email: true, name: true, role: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateEmail(); // a concurrent sign-up won the race
    throw error;
  }
}

function duplicateEmail(): AppError {
  return new AppError("conflict", {
    userMessage: "An account with this email already exists. Sign in instead.",
  });
}
