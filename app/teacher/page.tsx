import type { Metadata } from "next";
import Link from "next/link";
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
      <nav aria-label="Teaching" className="actions">
        <Link className="button-link" href="/teacher/classes">
          Classes
        </Link>
        <Link className="button-link" href="/teacher/sets">
          Question sets
        </Link>
        <Link className="button-link" href="/teacher/assignments">
          Assignments
        </Link>
      </nav>
      <h2>Question banks</h2>
      <ArticleList articles={articles} />
    </>
  );
}
