import "server-only";
import { toCsv } from "@/app/_domain/reports";
import type { Actor } from "../classes/access";
import { getAssignmentReport } from "./get-assignment-report";

const percent = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 10);
const round = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000);

export async function exportScoresCsv(options: {
  actor: Actor;
  assignmentId: string;
}): Promise<{ filename: string; csv: string }> {
  const report = await getAssignmentReport(options);
  const rows = report.students.map((s) => [
    s.name,
    s.email,
    s.status,
    s.attempts,
    percent(s.score),
    s.timeSeconds,
    s.late,
    s.enrolled,
  ]);
  return {
    filename: `scores-${report.assignment.id}.csv`,
    csv: toCsv(
      [
        "student",
        "email",
        "status",
        "attempts",
        "score_percent",
        "time_seconds",
        "late",
        "enrolled",
      ],
      rows,
    ),
  };
}

export async function exportQuestionsCsv(options: {
  actor: Actor;
  assignmentId: string;
}): Promise<{ filename: string; csv: string }> {
  const report = await getAssignmentReport(options);
  const rows = report.questions.map((q) => [
    q.position,
    q.questionId,
    q.type,
    q.prompt,
    q.answer,
    q.responses,
    percent(q.facility),
    round(q.upperLowerIndex),
    round(q.pointBiserial),
    q.wrongAnswers.map((w) => `${w.response} (${w.count})`).join("; "),
    q.articleTitle,
    q.sourceQuote,
  ]);
  return {
    filename: `questions-${report.assignment.id}.csv`,
    csv: toCsv(
      [
        "position",
        "question_id",
        "type",
        "prompt",
        "answer",
        "responses",
        "facility_percent",
        "discrimination_upper_lower",
        "point_biserial",
        "common_wrong_answers",
        "article",
        "source_sentence",
      ],
      rows,
    ),
  };
}
