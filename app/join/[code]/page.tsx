import type { Metadata } from "next";
import Link from "next/link";
import { JoinClassForm } from "@/app/_components/join-class-form";
import { withCallback } from "@/app/_domain/navigation";
import { currentUser } from "@/app/_server/current-user";

export const metadata: Metadata = { title: "Join a class" };

const decoded = (raw: string) => {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw; // a malformed escape: the form shows it, and joining says the code is wrong
  }
};

// The join link a teacher shares: the code is filled in; joining still takes the student's click.
// Signed out, the student signs in or up and comes back here, the code still filled in.
export default async function JoinPage({ params }: { params: Promise<{ code: string }> }) {
  const code = decoded((await params).code).slice(0, 20);
  const user = await currentUser();
  const back = `/join/${encodeURIComponent(code)}`;
  return (
    <>
      <h1>Join a class</h1>
      {!user ? (
        <p>
          <Link href={withCallback("/signin", back)}>Sign in</Link> or{" "}
          <Link href={withCallback("/signup", back)}>create a student account</Link> to join this
          class; you will come back here to join it.
        </p>
      ) : user.role !== "student" ? (
        <p>Only student accounts join classes. You are signed in as a teacher.</p>
      ) : (
        <JoinClassForm code={code} />
      )}
    </>
  );
}
