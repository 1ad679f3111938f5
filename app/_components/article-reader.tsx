import { layoutArticle } from "@/app/_domain/reading/layout-article";
import type { ArticleConflict, ArticleForReading } from "@/app/_server/data/articles/get-article";
import { formatDate } from "./format-date";

// Every sentence is an anchor (#s-<sentenceId>); the one in the URL is highlighted by CSS
// (:target), so a link from a question lands on its proof. Source links are plain <a> elements:
// a client-side <Link> navigation changes the hash with pushState, which does not update :target.
export function ArticleReader({
  article,
  backToStudy = null,
}: {
  article: ArticleForReading;
  /** Opened from a study answer: the study page to go back to. */
  backToStudy?: string | null;
}) {
  const disputed = new Set(
    article.conflicts.flatMap((c) =>
      c.claims.filter((cl) => cl.articleId === article.id).map((cl) => cl.sentenceId),
    ),
  );
  return (
    <article className="reader">
      <h1>{article.title}</h1>
      <p className="meta">
        {[
          article.byline,
          article.site,
          article.published ? formatDate(article.published) : "Date not given",
        ]
          .filter(Boolean)
          .join(" · ")}
        {article.retired ? " · removed from the corpus" : ""}
      </p>
      {layoutArticle(article.body, article.sentences).map((paragraph) => (
        <p key={paragraph.start}>
          {paragraph.parts.map((part, index) =>
            part.kind === "text" ? (
              <span key={index}>{part.text}</span>
            ) : (
              <span
                key={part.id}
                id={`s-${part.id}`}
                className={disputed.has(part.id) ? "sentence disputed" : "sentence"}
              >
                {part.text}
              </span>
            ),
          )}
        </p>
      ))}
      <ConflictNotes conflicts={article.conflicts} articleId={article.id} />
      {/* Within thumb reach wherever the highlighted sentence has scrolled the page to. */}
      {backToStudy ? (
        <a href={backToStudy} className="button-link return-to-study">
          Back to studying
        </a>
      ) : null}
      {article.questions ? <QuestionList questions={article.questions} /> : null}
    </article>
  );
}

function ConflictNotes({
  conflicts,
  articleId,
}: {
  conflicts: ArticleConflict[];
  articleId: string;
}) {
  if (conflicts.length === 0) return null;
  return (
    <section aria-labelledby="conflicts-heading" className="notes">
      <h2 id="conflicts-heading">Where sources disagree</h2>
      <ul>
        {conflicts.map((conflict) => (
          <li key={conflict.id}>
            <strong>{conflict.topic}</strong>
            <ul>
              {conflict.claims.map((claim) => (
                <li key={`${claim.articleId}-${claim.sentenceId}`}>
                  <a href={`/articles/${claim.articleId}#s-${claim.sentenceId}`}>{claim.value}</a>
                  {claim.articleId === articleId ? " (this article)" : ""}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

function QuestionList({ questions }: { questions: NonNullable<ArticleForReading["questions"]> }) {
  return (
    <section aria-labelledby="questions-heading">
      <h2 id="questions-heading">Questions from this article ({questions.length})</h2>
      <ol className="question-list">
        {questions.map((question) => (
          <li key={question.id}>
            <span className="meta">{question.type.replace("_", " ")}</span> {question.prompt}{" "}
            <span className="answer">Answer: {question.answer}</span>{" "}
            <a href={`#s-${question.sentenceId}`}>Source sentence</a>
          </li>
        ))}
      </ol>
    </section>
  );
}
