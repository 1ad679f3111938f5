import type { Metadata } from "next";
import Link from "next/link";
import { AttemptResultsView } from "@/app/_components/attempt-results";
import { requireUser } from "@/app/_server/current-user";
import { getAttemptResults } from "@/app/_server/data/attempts/get-attempt";
import { orNotFound } from "@/app/_server/page-guard";

export const metadata: Metadata = { title: "Attempt" };

export default async function TeacherAttemptPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireUser("teacher");
  const results = await orNotFound(getAttemptResults({ actor, attemptId: id }));
  return (
    <>
      <p>
        <Link href={`/teacher/assignments/${results.assignmentId}`}>Back to the report</Link>
      </p>
      <h1>
        {results.studentName}, attempt {results.number}
      </h1>
      <AttemptResultsView results={results} viewer="teacher" />
    </>
  );
}
