import Link from "next/link";
import { signOutAction } from "@/app/_server/actions/auth-actions";
import { homePathFor, type CurrentUser } from "@/app/_server/current-user";

export function SiteHeader({ user }: { user: CurrentUser | null }) {
  return (
    <header className="site-header">
      <Link href={user ? homePathFor(user.role) : "/"} className="brand">
        Citecards
      </Link>
      <nav aria-label="Main">
        {user ? <Link href="/study">Study</Link> : null}
        {user ? <Link href="/progress">Progress</Link> : null}
        <Link href="/articles">Articles</Link>
        {user ? (
          <form action={signOutAction}>
            <button type="submit" className="link-button">
              Sign out
            </button>
          </form>
        ) : (
          <Link href="/signin">Sign in</Link>
        )}
      </nav>
    </header>
  );
}
