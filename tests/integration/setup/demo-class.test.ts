import { describe, expect, it } from "vitest";
import { prisma } from "@/app/_server/db";
import { removeAssignment } from "@/app/_server/data/assignments/remove-assignment";
import { prepareDatabase } from "@/app/_server/setup/prepare-database";

const now = new Date("2026-11-28T15:00:00Z");
const prepare = () => prepareDatabase({ contentDir: "content/articles", now });

async function demoTeacherClasses() {
  return (await prisma()).class.findMany({
    where: { teacherId: "demo-teacher" },
    select: {
      name: true,
      enrollments: { select: { userId: true } },
      assignments: {
        select: {
          id: true,
          mode: true,
          opensAt: true,
          dueAt: true,
          maxAttempts: true,
          set: { select: { title: true, items: { select: { question: true } } } },
        },
      },
    },
  });
}

describe("the demo class of a fresh install", () => {
  it("is not made, nor are the demo accounts, when the demo is off (PostgreSQL's default)", async () => {
    const report = await prepareDatabase({ contentDir: "content/articles", now, demo: false });
    expect(report).toMatchObject({ demoAccountsCreated: 0, demoClass: null });
    expect(await (await prisma()).user.count({ where: { id: { startsWith: "demo-" } } })).toBe(0);
  });

  it("is made once, with the demo student in it and an open quiz of mixed questions from one article", async () => {
    const first = await prepare();
    expect(first.demoClass).toMatchObject({ className: "Demo class" });
    expect(first.demoClass!.joinCode).toMatch(/^[2-9A-Z]{8}$/);

    const [room, ...others] = await demoTeacherClasses();
    expect(others).toEqual([]);
    expect(room!.enrollments).toEqual([{ userId: "demo-student" }]);
    const [quiz] = room!.assignments;
    expect(quiz).toMatchObject({ mode: "quiz", opensAt: now, maxAttempts: 3 });
    expect(quiz!.dueAt.getTime() - now.getTime()).toBe(30 * 86_400_000);
    const questions = quiz!.set.items.map((item) => item.question);
    expect(questions).toHaveLength(8);
    expect(new Set(questions.map((q) => q.articleId)).size).toBe(1);
    expect(new Set(questions.map((q) => q.siblingKey)).size).toBe(8);
    expect(new Set(questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(4);
    expect(questions.every((q) => q.type !== "flashcard" && q.retiredAt === null)).toBe(true);
    expect(quiz!.set.title).toBe(first.demoClass!.quizTitle);

    const again = await prepare();
    expect(again.demoClass).toBeNull();
    expect(await demoTeacherClasses()).toHaveLength(1);
  });

  it("is not made again after the teacher renamed it and removed its quiz", async () => {
    const db = await prisma();
    await db.class.updateMany({ where: { teacherId: "demo-teacher" }, data: { name: "Period 3" } });
    const [room] = await demoTeacherClasses();
    const teacher = {
      id: "demo-teacher",
      role: "teacher",
      name: "Demo Teacher",
      email: "",
    } as const;
    await removeAssignment({ actor: teacher, assignmentId: room!.assignments[0]!.id, now });

    expect((await prepare()).demoClass).toBeNull();
    const [kept, ...others] = await demoTeacherClasses();
    expect(others).toEqual([]);
    expect(kept).toMatchObject({ name: "Period 3", assignments: [] });
  });
});
