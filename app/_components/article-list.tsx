import Link from "next/link";
import { formatDate } from "./format-date";
import type { ArticleSummary } from "@/app/_server/data/articles/list-articles";

export function ArticleList({ articles }: { articles: ArticleSummary[] }) {
  if (articles.length === 0) return <p>No articles yet.</p>;
  return (
    <ul className="card-list">
      {articles.map((article) => (
        <li key={article.id}>
          <Link href={`/articles/${article.id}`}>{article.title}</Link>
          <div className="meta">
            {article.published ? formatDate(article.published) : "Date not given"} ·{" "}
            {article.questionCount} {article.questionCount === 1 ? "question" : "questions"}
          </div>
        </li>
      ))}
    </ul>
  );
}
