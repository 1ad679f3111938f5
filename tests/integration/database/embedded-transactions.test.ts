import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/app/_server/db";

describe("interactive transactions", () => {
  it("keep exactly the committed half when twenty run at once and half of them throw", async () => {
    const client = await prisma();
    const marker = randomUUID();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, (_, index) =>
        client.$transaction(async (tx) => {
          await tx.loginAttempt.create({
            data: { id: `${marker}-${index}`, email: marker, ip: "127.0.0.1", succeeded: false },
          });
          await tx.loginAttempt.findMany({ where: { email: marker }, select: { id: true } });
          if (index % 2 === 1) throw new Error("rolled back on purpose");
        }),
      ),
    );
    const kept = await client.loginAttempt.findMany({
      where: { email: marker },
      select: { id: true },
    });
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(10);
    expect(kept.map((row) => row.id).sort()).toEqual(
      Array.from({ length: 10 }, (_, i) => `${marker}-${i * 2}`).sort(),
    );
  });
});
