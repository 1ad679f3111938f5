import * as assignmentActions from "@/app/_server/actions/assignment-actions";
import { initialActionState as s0 } from "@/app/_server/actions/run-action";
import { removeAssignment } from "@/app/_server/data/assignments/remove-assignment";
import { restoreAssignment } from "@/app/_server/data/assignments/restore-assignment";
import { updateAssignment } from "@/app/_server/data/assignments/update-assignment";
import { T0 } from "@/tests/factories/classes";
import { form, teacherOwns, type MatrixRow, type World } from "./class-matrix-world";

// Editing, removing and restoring an assignment: only the teacher of its class. The world's
// assignment has attempts, so removing it archives it (the owner runs last, after every refusal).
// Restoring archives it first, as its owner, so that every actor tries to restore an archived one
// (archiving again keeps it archived).
const archived = (w: World) =>
  removeAssignment({ actor: w.people.teacher, assignmentId: w.assignment.id, now: T0 });

export const assignmentEditRows: Record<string, MatrixRow> = {
  "data:updateAssignment": {
    expected: teacherOwns,
    run: (w, actor) =>
      updateAssignment({ actor, assignmentId: w.assignment.id, input: { maxAttempts: 5 } }),
  },
  "data:removeAssignment": {
    expected: teacherOwns,
    run: (w, actor) => removeAssignment({ actor, assignmentId: w.assignment.id, now: T0 }),
  },
  "data:restoreAssignment": {
    expected: teacherOwns,
    run: async (w, actor) => {
      await archived(w);
      return restoreAssignment({ actor, assignmentId: w.assignment.id, now: T0 });
    },
    includes: (value) => (value as { outcome: string }).outcome === "restored",
  },
  "action:updateAssignmentAction": {
    expected: teacherOwns,
    run: (w) =>
      assignmentActions.updateAssignmentAction(
        s0,
        form({ assignmentId: w.assignment.id, maxAttempts: "4", timeLimitMinutes: "" }),
      ),
  },
  "action:removeAssignmentAction": {
    expected: teacherOwns,
    run: (w) =>
      assignmentActions.removeAssignmentAction(s0, form({ assignmentId: w.assignment.id })),
  },
  "action:restoreAssignmentAction": {
    expected: teacherOwns,
    run: async (w) => {
      await archived(w);
      return assignmentActions.restoreAssignmentAction(s0, form({ assignmentId: w.assignment.id }));
    },
  },
};
