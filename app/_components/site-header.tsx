import Link from "next/link";
import { signOutAction } from "@/app/_server/actions/auth-actions";
import { homePathFor, type CurrentUser } from "@/app/_server/current-user";

// Each role's own pages first: a teacher moving between a set, an assignment's report and a class
// would otherwise go back through the home page every time. (Teachers can still study, from /study.)
const sections: Record<CurrentUser["role"], Array<[href: string, label: string]>> = {
  student: [
    ["/study", "Study"],
    ["/progress", "Progress"],
  ],
  teacher: [
    ["/teacher/classes", "Classes"],
    ["/teacher/sets", "Sets"],
    ["/teacher/assignments", "Assignments"],
  ],
};

export function SiteHeader({ user }: { user: CurrentUser | null }) {
  return (
    <header className="site-header">
      <Link href={user ? homePathFor(user.role) : "/"} className="brand">
        Citecards
      </Link>
      <nav aria-label="Main">
        {user
          ? sections[user.role].map(([href, label]) => (
              <Link key={href} href={href}>
                {label}
              </Link>
            ))
          : null}
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
