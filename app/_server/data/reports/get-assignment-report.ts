import "server-only";
import { median, scoreDistribution, type ScoreBin } from "@/app/_domain/reports";
import type { AssignmentSummary } from "../assignments/create-assignment";
import type { Actor } from "../classes/access";
import { loadReportData, type ReportData } from "./load-report-data";
import { questionRows, type QuestionReportRow } from "./question-rows";

export type StudentReportRow = {
  studentId: string;
  name: string;
  email: string;
  enrolled: boolean;
  attempts: number;
  status: "done" | "in_progress" | "not_started";
  /** Best submitted score, 0..1. */
  score: number | null;
  /** Seconds from start to submission of the best attempt. */
  timeSeconds: number | null;
  late: boolean;
  bestAttemptId: string | null;
};

export type AssignmentReport = {
  assignment: AssignmentSummary;
  students: StudentReportRow[];
  completion: { done: number; total: number };
  distribution: ScoreBin[];
  medianScore: number | null;
  questions: QuestionReportRow[];
};

function studentRow(data: ReportData, student: ReportData["students"][number]): StudentReportRow {
  const mine = data.attempts.filter((a) => a.userId === student.id);
  const submitted = mine.filter((a) => a.submittedAt !== null);
  const best = submitted.reduce<(typeof submitted)[number] | null>(
    (top, a) => (top === null || (a.score ?? 0) > (top.score ?? 0) ? a : top),
    null,
  );
  // Practice is done when each question of the set was answered right once, in any round.
  const right = new Set(
    mine.flatMap((a) => a.answers.filter((x) => x.correct).map((x) => x.questionId)),
  );
  const done =
    data.assignment.mode === "practice"
      ? data.setQuestionIds.every((id) => right.has(id))
      : submitted.length > 0;
  return {
    studentId: student.id,
    name: student.name,
    email: student.email,
    enrolled: student.enrolled,
    attempts: mine.length,
    status: done ? "done" : mine.length > 0 ? "in_progress" : "not_started",
    score: best?.score ?? null,
    timeSeconds: best
      ? Math.round((best.submittedAt!.getTime() - best.startedAt.getTime()) / 1000)
      : null,
    late: best?.late ?? false,
    bestAttemptId: best?.id ?? null,
  };
}

export async function getAssignmentReport(options: {
  actor: Actor;
  assignmentId: string;
}): Promise<AssignmentReport> {
  const data = await loadReportData(options);
  const students = data.students.map((student) => studentRow(data, student));
  const scores = students.flatMap((s) => (s.score === null ? [] : [s.score]));
  const counted = students.filter((s) => s.enrolled);
  return {
    assignment: data.assignment,
    students,
    completion: { done: counted.filter((s) => s.status === "done").length, total: counted.length },
    distribution: scoreDistribution(scores),
    medianScore: median(scores),
    questions: questionRows(data),
  };
}
