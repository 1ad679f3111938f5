// The JSON the study endpoints send (app/api/study/*), as the browser receives it: dates are strings.

export type QuestionType =
  "cloze" | "multiple_choice" | "true_false" | "short_answer" | "numeric" | "flashcard";

export type StudyItem = {
  questionId: string;
  type: QuestionType;
  kind: "learning" | "review" | "new";
  prompt: string;
  choices: string[];
  articleId: string;
  sentenceId: string;
  cardVersion: number;
  flashcardBack: { answer: string; sourceQuote: string } | null;
};

export type QueueCounts = { new: number; learning: number; review: number };

export type TomorrowPreview = { key: string; reviews: number; newQuestions: number };

export type NextResponse = {
  item: StudyItem | null;
  remaining: QueueCounts;
  studyDay: { key: string; endsAt: string };
  /** Sent when nothing is left today. */
  tomorrow: TomorrowPreview | null;
  /** Sent when nothing is left today but new questions are ("Learn more today"). */
  learnMore: { questions: number; extraNewCards: number } | null;
  /** Learning steps that come back later in this study day. */
  laterToday: { count: number; nextAt: string | null; inMs?: number | null };
};

export type AnswerResult = {
  reviewId: string;
  questionId: string;
  correct: boolean | null;
  rating: 1 | 2 | 3 | 4;
  expectedAnswer: string;
  accepted: string[];
  source: { quote: string; articleId: string; sentenceId: string; href: string };
  nextDue: string;
  reviewedAt: string;
  cardVersion: number;
};

/** The question and what the student gave, kept for the feedback screen (unknown for an answer
 * kept on the device from an earlier visit; no response for a self-rated flashcard). */
export type Asked = { prompt: string; response: string | null };

export type Answer = { response: string; selfRating?: 1 | 2 | 3 | 4 };

export type ApiError = { code: string; message: string };
