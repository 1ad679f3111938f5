import * as assignmentActions from "@/app/_server/actions/assignment-actions";
import * as attemptActions from "@/app/_server/actions/attempt-actions";
import * as classActions from "@/app/_server/actions/class-actions";
import { initialActionState as s0 } from "@/app/_server/actions/run-action";
import * as setActions from "@/app/_server/actions/set-actions";
import { GET as questionsCsv } from "@/app/api/assignments/[id]/questions.csv/route";
import { GET as scoresCsv } from "@/app/api/assignments/[id]/scores.csv/route";
import { T0 } from "@/tests/factories/classes";
import {
  anyStudent,
  anyTeacher,
  answerOf,
  form,
  studentOwns,
  teacherOwns,
  type MatrixRow,
  type World,
} from "./class-matrix-world";

// Server actions read the actor from the (mocked) session; route handlers too.
const params = (id: string) => ({ params: Promise.resolve({ id }) });
const request = new Request("http://test.local/");
const setForm = (w: World) =>
  form({
    setId: w.set.id,
    title: "Renamed",
    description: "",
    op: "up",
    questionId: w.questions[1]!.id,
  });

export const entryRows: Record<string, MatrixRow> = {
  "action:createClassAction": {
    expected: anyTeacher,
    run: () => classActions.createClassAction(s0, form({ name: "New" })),
  },
  "action:regenerateJoinCodeAction": {
    expected: teacherOwns,
    run: (w) => classActions.regenerateJoinCodeAction(s0, form({ classId: w.klass.id })),
  },
  "action:removeStudentAction": {
    expected: teacherOwns,
    run: (w) =>
      classActions.removeStudentAction(
        s0,
        form({ classId: w.klass.id, studentId: w.people.student.id }),
      ),
  },
  "action:joinClassAction": {
    expected: anyStudent,
    run: (w) => classActions.joinClassAction(s0, form({ code: w.klass.joinCode })),
  },
  "action:createQuestionSetAction": {
    expected: anyTeacher,
    run: () => setActions.createQuestionSetAction(s0, form({ title: "Mine" })),
  },
  "action:updateQuestionSetAction": {
    expected: teacherOwns,
    run: (w) => setActions.updateQuestionSetAction(s0, setForm(w)),
  },
  "action:editSetItemsAction": {
    expected: teacherOwns,
    run: (w) => setActions.editSetItemsAction(s0, setForm(w)),
  },
  "action:duplicateQuestionSetAction": {
    expected: teacherOwns,
    run: (w) => setActions.duplicateQuestionSetAction(s0, setForm(w)),
  },
  "action:createAssignmentAction": {
    expected: teacherOwns,
    run: (w) =>
      assignmentActions.createAssignmentAction(
        s0,
        form({
          classId: w.klass.id,
          setId: w.set.id,
          mode: "quiz",
          opensAt: T0.toISOString(),
          dueAt: new Date(T0.getTime() + 1e6).toISOString(),
          maxAttempts: "1",
        }),
      ),
  },
  "action:startAttemptAction": {
    expected: studentOwns,
    run: (w) => attemptActions.startAttemptAction(s0, form({ assignmentId: w.assignment.id })),
  },
  "action:recordAnswerAction": {
    expected: studentOwns,
    run: (w) => attemptActions.recordAnswerAction(answerOf(w)),
  },
  "action:submitAttemptAction": {
    expected: studentOwns,
    run: (w) =>
      attemptActions.submitAttemptAction(
        s0,
        form({ attemptId: w.openAttemptId, assignmentId: w.assignment.id }),
      ),
  },

  "route:GET /api/assignments/[id]/scores.csv": {
    expected: teacherOwns,
    run: (w) => scoresCsv(request, params(w.assignment.id)),
    includes: (csv, w) => String(csv).includes(w.people.student.email),
  },
  "route:GET /api/assignments/[id]/questions.csv": {
    expected: teacherOwns,
    run: (w) => questionsCsv(request, params(w.assignment.id)),
    includes: (csv, w) => String(csv).includes(w.questions[0]!.id),
  },
};
