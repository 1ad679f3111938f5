import Link from "next/link";
import type { ArticleSummary } from "@/app/_server/data/articles/list-articles";

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

export function ArticleList({ articles }: { articles: ArticleSummary[] }) {
  if (articles.length === 0) return <p>No articles yet.</p>;
  return (
    <ul className="card-list">
      {articles.map((article) => (
        <li key={article.id}>
          <Link href={`/articles/${article.id}`}>{article.title}</Link>
          <div className="meta">
            {article.published ? dateFormat.format(article.published) : "Date not given"} ·{" "}
            {article.questionCount} {article.questionCount === 1 ? "question" : "questions"}
          </div>
        </li>
      ))}
    </ul>
  );
}
