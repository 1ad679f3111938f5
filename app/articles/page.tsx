import type { Metadata } from "next";
import { ArticleList } from "../_components/article-list";
import { requireUser } from "../_server/current-user";
import { listArticles } from "../_server/data/articles/list-articles";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage() {
  const user = await requireUser();
  return (
    <>
      <h1>Articles</h1>
      <ArticleList articles={await listArticles({ actor: user })} />
    </>
  );
}
