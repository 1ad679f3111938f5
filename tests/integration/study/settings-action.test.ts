import { describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/app/_server/current-user";
import { getStudySettings } from "@/app/_server/data/study/study-settings";
import { makeStudent } from "./study-helpers";

// The action reads who is signed in from the session cookie; here the test decides.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/app/_server/current-user", () => ({ currentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const { updateStudySettingsAction } = await import("@/app/_server/actions/study-settings-actions");

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const before = { error: null, saved: false };

describe("the study settings form", () => {
  it("saves the limits a student typed", async () => {
    session.user = await makeStudent();
    const state = await updateStudySettingsAction(
      before,
      form({ desiredRetention: "0.85", newCardsPerDay: "5", reviewsPerDay: "50" }),
    );
    expect(state).toEqual({ error: null, saved: true });
    expect(await getStudySettings({ actor: session.user })).toMatchObject({
      newCardsPerDay: 5,
      reviewsPerDay: 50,
    });
  });

  it("refuses an emptied limit in words, instead of saving no questions a day", async () => {
    session.user = await makeStudent();
    const state = await updateStudySettingsAction(
      before,
      form({ desiredRetention: "0.9", newCardsPerDay: "", reviewsPerDay: " " }),
    );
    expect(state).toEqual({
      error: "New questions a day must be a whole number from 0 to 500.",
      saved: false,
    });
    expect(await getStudySettings({ actor: session.user })).toMatchObject({
      newCardsPerDay: 20,
      reviewsPerDay: 200,
    });
  });
});
