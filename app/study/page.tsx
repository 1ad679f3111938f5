import type { Metadata } from "next";
import { StudySession } from "../_components/study/study-session";
import { requireUser } from "../_server/current-user";
import { listArticles } from "../_server/data/articles/list-articles";

export const metadata: Metadata = { title: "Study" };

type Props = { searchParams: Promise<{ article?: string | string[] }> };

// Studies every article, or those ticked in the form (?article=a&article=b).
export default async function StudyPage({ searchParams }: Props) {
  const user = await requireUser();
  const chosen = [(await searchParams).article ?? []].flat();
  const articles = (await listArticles({ actor: user })).filter(
    (article) => article.questionCount > 0,
  );
  const known = new Set(articles.map((article) => article.id));
  const articleIds = chosen.filter((id) => known.has(id));
  return (
    <>
      <h1>Study</h1>
      <details className="scope">
        <summary>
          {articleIds.length > 0
            ? `Studying ${articleIds.length} of ${articles.length} articles`
            : "Studying all articles"}
        </summary>
        <form method="get" className="stack">
          {articles.map((article) => (
            <label key={article.id} className="choice">
              <input
                type="checkbox"
                name="article"
                value={article.id}
                defaultChecked={articleIds.includes(article.id)}
              />{" "}
              {article.title}
            </label>
          ))}
          <button type="submit">Study these</button>
        </form>
      </details>
      <StudySession key={articleIds.join(",")} articleIds={articleIds} userId={user.id} />
    </>
  );
}
