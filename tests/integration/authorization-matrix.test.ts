import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/app/_server/current-user";
import {
  ACTORS,
  makePeople,
  makeWorld,
  outcomeOf,
  type People,
} from "@/tests/support/class-matrix-world";
import { matrixRows, notActorFacing } from "@/tests/support/class-matrix-rows";

// Five actors against every data function, server action and route handler that touches class
// data. The session is mocked so actions and routes see the same actor as the data functions.
const session = vi.hoisted(() => ({ actor: null as CurrentUser | null }));
vi.mock("@/app/_server/current-user", () => ({ currentUser: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/navigation", async () => {
  const { Redirected } = await import("@/tests/support/class-matrix-world");
  return {
    redirect: (url: string) => {
      throw new Redirected(url);
    },
  };
});

const files = (dir: string, name: RegExp): string[] =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { recursive: true, encoding: "utf8" })
        .filter((f) => name.test(path.basename(f)))
        .map((f) => path.join(dir, f))
    : [];

async function exportedFunctions(file: string): Promise<string[]> {
  const exported = (await import(path.resolve(file))) as Record<string, unknown>;
  return Object.keys(exported).filter((name) => typeof exported[name] === "function");
}

async function surface(): Promise<string[]> {
  const keys: string[] = [];
  for (const dir of ["classes", "sets", "assignments", "attempts", "reports"])
    for (const file of files(`app/_server/data/${dir}`, /\.ts$/))
      keys.push(
        ...(await exportedFunctions(file))
          .filter((n) => !notActorFacing.has(n))
          .map((n) => `data:${n}`),
      );
  for (const kind of ["class", "set", "assignment", "attempt"])
    keys.push(
      ...(await exportedFunctions(`app/_server/actions/${kind}-actions.ts`)).map(
        (n) => `action:${n}`,
      ),
    );
  for (const file of [
    ...files("app/api/assignments", /^route\.ts$/),
    ...files("app/api/classes", /^route\.ts$/),
  ]) {
    const route = `/${path.dirname(file).replace(/^app\//, "")}`;
    keys.push(...(await exportedFunctions(file)).map((method) => `route:${method} ${route}`));
  }
  return keys.sort();
}

describe("the class authorization matrix", () => {
  it("has exactly one row for every data function, server action and route handler touching class data", async () => {
    expect(Object.keys(matrixRows).sort()).toEqual(await surface());
  });

  let people: People;
  beforeAll(async () => {
    people = await makePeople();
  });

  it.each(Object.keys(matrixRows))(
    "gives each of the five actors exactly the expected answer for %s",
    async (key) => {
      const row = matrixRows[key]!;
      const world = await makeWorld(people);
      const actual: Record<string, string> = {};
      // Owners run last, so a change they are allowed to make cannot hide another actor's refusal.
      for (const name of ACTORS) {
        const actor = name === "anonymous" ? null : people[name];
        session.actor = actor;
        actual[name] = await outcomeOf(
          () => row.run(world, actor),
          (value) => row.includes?.(value, world) ?? true,
        );
      }
      expect(actual).toEqual(row.expected);
    },
  );
});
