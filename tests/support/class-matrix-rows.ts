import {
  createAssignment,
  listAssignmentsForTeacher,
} from "@/app/_server/data/assignments/create-assignment";
import {
  getAssignmentForStudent,
  listOpenAssignmentsForStudent,
} from "@/app/_server/data/assignments/student-assignments";
import { getAttemptForTaking, getAttemptResults } from "@/app/_server/data/attempts/get-attempt";
import { recordAttemptAnswer } from "@/app/_server/data/attempts/record-attempt-answer";
import { startAttempt } from "@/app/_server/data/attempts/start-attempt";
import { submitAttempt } from "@/app/_server/data/attempts/submit-attempt";
import { createClass, regenerateJoinCode } from "@/app/_server/data/classes/create-class";
import { joinClassWithCode, removeStudent } from "@/app/_server/data/classes/enrollment";
import { getClassRoster, listClasses } from "@/app/_server/data/classes/list-classes";
import { exportQuestionsCsv, exportScoresCsv } from "@/app/_server/data/reports/export-csv";
import { getAssignmentReport } from "@/app/_server/data/reports/get-assignment-report";
import { loadReportData } from "@/app/_server/data/reports/load-report-data";
import {
  countQuestionsForSetBuilder,
  listQuestionsForSetBuilder,
} from "@/app/_server/data/sets/list-questions-for-set-builder";
import { getSetUsage } from "@/app/_server/data/sets/set-usage";
import {
  createQuestionSet,
  duplicateQuestionSet,
  getQuestionSet,
  listQuestionSets,
  updateQuestionSet,
} from "@/app/_server/data/sets/question-sets";
import { T0 } from "@/tests/factories/classes";
import { assignmentEditRows } from "./class-matrix-assignment-rows";
import { entryRows } from "./class-matrix-entry-rows";
import {
  anyStudent,
  anyTeacher,
  answerOf,
  studentOwns,
  teacherOwns,
  type Expected,
  type MatrixRow,
  type World,
} from "./class-matrix-world";

const teacherList: Expected = { ...teacherOwns, otherTeacher: "no data" };
const hasId = (id: (w: World) => string) => (value: unknown, w: World) =>
  (value as { id: string }[]).some((row) => row.id === id(w));
const assignmentInput = (w: World) => ({
  classId: w.klass.id,
  setId: w.set.id,
  mode: "quiz",
  opensAt: T0,
  dueAt: new Date(T0.getTime() + 1e6),
});

export const matrixRows: Record<string, MatrixRow> = {
  "data:createClass": {
    expected: anyTeacher,
    run: (_w, actor) => createClass({ actor, input: { name: "New" } }),
  },
  "data:regenerateJoinCode": {
    expected: teacherOwns,
    run: (w, actor) => regenerateJoinCode({ actor, classId: w.klass.id, now: T0 }),
  },
  "data:listClasses": {
    expected: { ...teacherList, otherStudent: "no data", student: "data" },
    run: (_w, actor) => listClasses({ actor }),
    includes: hasId((w) => w.klass.id),
  },
  "data:getClassRoster": {
    expected: teacherOwns,
    run: (w, actor) => getClassRoster({ actor, classId: w.klass.id }),
  },
  "data:removeStudent": {
    expected: teacherOwns,
    run: (w, actor) =>
      removeStudent({ actor, classId: w.klass.id, studentId: w.people.student.id }),
  },
  "data:joinClassWithCode": {
    expected: anyStudent,
    run: (w, actor) => joinClassWithCode({ actor, code: w.klass.joinCode, now: T0 }),
  },
  "data:listQuestionsForSetBuilder": {
    expected: anyTeacher,
    run: (_w, actor) => listQuestionsForSetBuilder({ actor, filter: {} }),
  },
  "data:countQuestionsForSetBuilder": {
    expected: anyTeacher,
    run: (_w, actor) => countQuestionsForSetBuilder({ actor, filter: {} }),
  },
  "data:getSetUsage": {
    expected: teacherOwns,
    run: (w, actor) => getSetUsage({ actor, setId: w.set.id }),
  },
  "data:createQuestionSet": {
    expected: anyTeacher,
    run: (_w, actor) => createQuestionSet({ actor, input: { title: "Mine" } }),
  },
  "data:updateQuestionSet": {
    expected: teacherOwns,
    run: (w, actor) => updateQuestionSet({ actor, setId: w.set.id, input: { title: "Renamed" } }),
  },
  "data:duplicateQuestionSet": {
    expected: teacherOwns,
    run: (w, actor) => duplicateQuestionSet({ actor, setId: w.set.id }),
  },
  "data:getQuestionSet": {
    expected: teacherOwns,
    run: (w, actor) => getQuestionSet({ actor, setId: w.set.id }),
  },
  "data:listQuestionSets": {
    expected: teacherList,
    run: (_w, actor) => listQuestionSets({ actor }),
    includes: hasId((w) => w.set.id),
  },
  "data:createAssignment": {
    expected: teacherOwns,
    run: (w, actor) => createAssignment({ actor, input: assignmentInput(w), now: T0 }),
  },
  "data:listAssignmentsForTeacher": {
    expected: teacherList,
    run: (_w, actor) => listAssignmentsForTeacher({ actor }),
    includes: hasId((w) => w.assignment.id),
  },
  "data:listOpenAssignmentsForStudent": {
    expected: { ...studentOwns, otherStudent: "no data" },
    run: (_w, actor) => listOpenAssignmentsForStudent({ actor, now: T0 }),
    includes: hasId((w) => w.assignment.id),
  },
  "data:getAssignmentForStudent": {
    expected: studentOwns,
    run: (w, actor) => getAssignmentForStudent({ actor, assignmentId: w.assignment.id, now: T0 }),
  },
  "data:startAttempt": {
    expected: studentOwns,
    run: (w, actor) => startAttempt({ actor, assignmentId: w.assignment.id, now: T0 }),
  },
  "data:recordAttemptAnswer": {
    expected: studentOwns,
    run: (w, actor) => recordAttemptAnswer({ actor, input: answerOf(w), now: T0 }),
  },
  "data:submitAttempt": {
    expected: studentOwns,
    run: (w, actor) => submitAttempt({ actor, attemptId: w.openAttemptId, now: T0 }),
  },
  "data:getAttemptForTaking": {
    expected: studentOwns,
    run: (w, actor) => getAttemptForTaking({ actor, attemptId: w.openAttemptId }),
  },
  "data:getAttemptResults": {
    expected: { ...studentOwns, otherTeacher: "not_found", teacher: "data" },
    run: (w, actor) => getAttemptResults({ actor, attemptId: w.submittedAttemptId }),
  },
  "data:getAssignmentReport": {
    expected: teacherOwns,
    run: (w, actor) => getAssignmentReport({ actor, assignmentId: w.assignment.id }),
  },
  "data:loadReportData": {
    expected: teacherOwns,
    run: (w, actor) => loadReportData({ actor, assignmentId: w.assignment.id }),
  },
  "data:exportScoresCsv": {
    expected: teacherOwns,
    run: (w, actor) => exportScoresCsv({ actor, assignmentId: w.assignment.id }),
  },
  "data:exportQuestionsCsv": {
    expected: teacherOwns,
    run: (w, actor) => exportQuestionsCsv({ actor, assignmentId: w.assignment.id }),
  },

  ...entryRows,
  ...assignmentEditRows,
};

// Exports of the data folders that take no acting user: helpers, schemas' companions, internals.
export const notActorFacing = new Set([
  "requireActor",
  "requireTeacher",
  "requireStudent",
  "notFound",
  "parse",
  "newJoinCode",
  "normaliseJoinCode",
  "toSummary",
  "updateStudyCard",
  "reviewKeyFor",
  "closeExpiredAttempt",
  "closeOpenAttempts",
  "removedByTeacher",
  "sourceHref",
  "applySetEdit",
  "questionRows",
]);
