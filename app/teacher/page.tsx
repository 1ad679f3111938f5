import type { Metadata } from "next";
import { ArticleList } from "../_components/article-list";
import { requireUser } from "../_server/current-user";
import { listArticles } from "../_server/data/articles/list-articles";

export const metadata: Metadata = { title: "Teacher home" };

export default async function TeacherHomePage() {
  const user = await requireUser("teacher");
  const articles = await listArticles({ actor: user });
  return (
    <>
      <h1>Hello, {user.name}</h1>
      <p className="meta">Signed in as a teacher ({user.email}).</p>
      <h2>Question banks</h2>
      <ArticleList articles={articles} />
    </>
  );
}
