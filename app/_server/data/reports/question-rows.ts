import "server-only";
import {
  commonWrongAnswers,
  itemStatistics,
  type ItemStatistics,
  type WrongAnswerCount,
} from "@/app/_domain/reports";
import { sourceHref } from "../attempts/get-attempt";
import type { ReportData } from "./load-report-data";

export type QuestionReportRow = ItemStatistics & {
  questionId: string;
  position: number;
  type: string;
  prompt: string;
  answer: string;
  wrongAnswers: WrongAnswerCount[];
  articleTitle: string;
  sourceQuote: string;
  sourceHref: string;
};

// Item statistics use each student's first submitted attempt: one response per student, before
// any retake taught them the answers (the usual practice in classical item analysis).
function firstAttempts(data: ReportData) {
  const seen = new Set<string>();
  return data.attempts.filter((a) => {
    if (a.submittedAt === null || seen.has(a.userId)) return false;
    seen.add(a.userId);
    return true;
  });
}

export function questionRows(data: ReportData): QuestionReportRow[] {
  const attempts = firstAttempts(data);
  return data.questions.map((q, index) => {
    const taking = attempts.filter((a) => a.questionIds.includes(q.id));
    const responses = taking.map((a) => {
      const answer = a.answers.find((x) => x.questionId === q.id);
      return {
        studentId: a.userId,
        total: a.score ?? 0,
        correct: answer?.correct ?? false,
        response: answer?.response ?? "",
      };
    });
    return {
      ...itemStatistics(responses),
      questionId: q.id,
      position: index + 1,
      type: q.type,
      prompt: q.prompt,
      answer: q.answer,
      wrongAnswers: commonWrongAnswers(
        responses.filter((r) => !r.correct).map((r) => r.response),
        3,
      ),
      articleTitle: q.article.title,
      sourceQuote: q.sourceQuote,
      sourceHref: sourceHref(q.articleId, q.sentenceId),
    };
  });
}
