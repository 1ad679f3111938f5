import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { ArticleList } from "../_components/article-list";
import { requireUser } from "../_server/current-user";
import { listArticles } from "../_server/data/articles/list-articles";
import { JoinClassForm } from "../_components/join-class-form";
import { JoinedNotice, StudentClassList } from "../_components/student-class-list";
import { StudentAssignmentList } from "../_components/student-assignment-list";
import { listOpenAssignmentsForStudent } from "../_server/data/assignments/student-assignments";
import { listClasses } from "../_server/data/classes/list-classes";
import { viewerTimeZone } from "../_server/viewer-time-zone";

export const metadata: Metadata = { title: "Home" };

// Set by joinClassAction's redirect; anything else shows no notice.
const searchSchema = z.object({
  joined: z.string().max(200).optional().catch(undefined),
  already: z
    .literal("1")
    .optional()
    .catch(undefined)
    .transform((v) => v === "1"),
});

export default async function StudentHomePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const { joined, already } = searchSchema.parse(await searchParams);
  const user = await requireUser("student");
  const [articles, assignments, classes] = await Promise.all([
    listArticles({ actor: user }),
    listOpenAssignmentsForStudent({ actor: user, now: new Date() }),
    listClasses({ actor: user }),
  ]);
  return (
    <>
      <h1>Hello, {user.name}</h1>
      <p className="meta">Signed in as a student ({user.email}).</p>
      <JoinedNotice classes={classes} joined={joined} already={already} />
      <p>
        <Link className="button-link" href="/study">
          Study now
        </Link>
      </p>
      <h2>Assignments</h2>
      <StudentAssignmentList assignments={assignments} timeZone={await viewerTimeZone(user)} />
      <h2 id="classes-heading">Your classes</h2>
      <StudentClassList classes={classes} />
      <h2>Join a class</h2>
      <JoinClassForm />
      <h2>Articles to study</h2>
      <ArticleList articles={articles} />
    </>
  );
}
