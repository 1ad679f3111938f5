import "server-only";
import { redirect } from "next/navigation";
import { z } from "zod";
import { auth } from "./auth";

const sessionSchema = z.object({
  user: z.object({
    id: z.string(),
    role: z.enum(["student", "teacher"]),
    name: z.string(),
    email: z.string(),
  }),
});

export type CurrentUser = z.infer<typeof sessionSchema>["user"];

export async function currentUser(): Promise<CurrentUser | null> {
  const parsed = sessionSchema.safeParse(await auth());
  return parsed.success ? parsed.data.user : null;
}

export async function requireUser(role?: CurrentUser["role"]): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) redirect("/signin");
  if (role && user.role !== role) redirect(homePathFor(user.role));
  return user;
}

export function homePathFor(role: CurrentUser["role"]): string {
  return role === "teacher" ? "/teacher" : "/student";
}
