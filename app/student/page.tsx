import type { Metadata } from "next";
import Link from "next/link";
import { ArticleList } from "../_components/article-list";
import { requireUser } from "../_server/current-user";
import { listArticles } from "../_server/data/articles/list-articles";
import { JoinClassForm } from "../_components/join-class-form";
import { StudentAssignmentList } from "../_components/student-assignment-list";
import { listOpenAssignmentsForStudent } from "../_server/data/assignments/student-assignments";
import { viewerTimeZone } from "../_server/viewer-time-zone";

export const metadata: Metadata = { title: "Home" };

export default async function StudentHomePage() {
  const user = await requireUser("student");
  const articles = await listArticles({ actor: user });
  const assignments = await listOpenAssignmentsForStudent({ actor: user, now: new Date() });
  return (
    <>
      <h1>Hello, {user.name}</h1>
      <p className="meta">Signed in as a student ({user.email}).</p>
      <p>
        <Link className="button-link" href="/study">
          Study now
        </Link>
      </p>
      <h2>Assignments</h2>
      <StudentAssignmentList assignments={assignments} timeZone={await viewerTimeZone(user)} />
      <h2>Join a class</h2>
      <JoinClassForm />
      <h2>Articles to study</h2>
      <ArticleList articles={articles} />
    </>
  );
}
