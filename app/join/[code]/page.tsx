import type { Metadata } from "next";
import Link from "next/link";
import { JoinClassForm } from "@/app/_components/join-class-form";
import { currentUser } from "@/app/_server/current-user";

export const metadata: Metadata = { title: "Join a class" };

// The join link a teacher shares: the code is filled in; joining still takes the student's click.
export default async function JoinPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const user = await currentUser();
  return (
    <>
      <h1>Join a class</h1>
      {!user ? (
        <p>
          <Link href="/signin">Sign in</Link> or{" "}
          <Link href="/signup">create a student account</Link>, then open this link again.
        </p>
      ) : user.role !== "student" ? (
        <p>Only student accounts join classes. You are signed in as a teacher.</p>
      ) : (
        <JoinClassForm code={decodeURIComponent(code).slice(0, 20)} />
      )}
    </>
  );
}
