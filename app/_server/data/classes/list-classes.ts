import "server-only";
import { prisma } from "../../db";
import { notFound, requireActor, requireTeacher, type Actor } from "./access";

export type ClassListItem = {
  id: string;
  name: string;
  joinCode: string | null;
  studentCount: number;
  assignmentCount: number;
};

/** A teacher's own classes (with their codes), or the classes a student belongs to (without). */
export async function listClasses({ actor }: { actor: Actor }): Promise<ClassListItem[]> {
  const user = requireActor(actor);
  const where =
    user.role === "teacher"
      ? { teacherId: user.id }
      : { enrollments: { some: { userId: user.id } } };
  const rows = await (
    await prisma()
  ).class.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      joinCode: true,
      _count: { select: { enrollments: true, assignments: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    joinCode: user.role === "teacher" ? row.joinCode : null,
    studentCount: row._count.enrollments,
    assignmentCount: row._count.assignments,
  }));
}

export type ClassRoster = {
  id: string;
  name: string;
  joinCode: string;
  joinCodeExpiresAt: Date | null;
  students: { id: string; name: string; email: string; joinedAt: Date }[];
};

export async function getClassRoster(options: {
  actor: Actor;
  classId: string;
}): Promise<ClassRoster> {
  const teacher = requireTeacher(options.actor);
  const row = await (
    await prisma()
  ).class.findFirst({
    where: { id: options.classId, teacherId: teacher.id },
    select: {
      id: true,
      name: true,
      joinCode: true,
      joinCodeExpiresAt: true,
      enrollments: {
        orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
        select: { joinedAt: true, user: { select: { id: true, name: true, email: true } } },
      },
    },
  });
  if (!row) throw notFound("class");
  const { enrollments, ...rest } = row;
  return { ...rest, students: enrollments.map((e) => ({ ...e.user, joinedAt: e.joinedAt })) };
}
