import type { Metadata } from "next";
import { ArticleList } from "../_components/article-list";
import { requireUser } from "../_server/current-user";
import { listArticles } from "../_server/data/articles/list-articles";

export const metadata: Metadata = { title: "Home" };

export default async function StudentHomePage() {
  const user = await requireUser("student");
  const articles = await listArticles({ actor: user });
  return (
    <>
      <h1>Hello, {user.name}</h1>
      <p className="meta">Signed in as a student ({user.email}).</p>
      <h2>Articles to study</h2>
      <ArticleList articles={articles} />
    </>
  );
}
