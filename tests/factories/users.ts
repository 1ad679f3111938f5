import { randomUUID } from "node:crypto";
import { createUser, type PublicUser } from "@/app/_server/data/users/create-user";

export const DEFAULT_PASSWORD = "correct horse battery";

export function uniqueEmail(label = "user"): string {
  return `${label}-${randomUUID()}@example.test`;
}

export function makeUser(
  overrides: Partial<{
    name: string;
    email: string;
    password: string;
    role: "student" | "teacher";
  }> = {},
): Promise<PublicUser> {
  return createUser({
    name: overrides.name ?? "Test User",
    email: overrides.email ?? uniqueEmail(),
    password: overrides.password ?? DEFAULT_PASSWORD,
    role: overrides.role ?? "student",
  });
}
