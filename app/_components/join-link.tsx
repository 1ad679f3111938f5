"use client";

import { useSyncExternalStore } from "react";

const noChanges = () => () => {};

// The full link a teacher copies. The browser's own origin once it runs: a page rendered for a
// server action's redirect sees the server's internal address (localhost:PORT) in its headers,
// not the host the teacher typed. The server's guess from the request is only the first paint.
export function JoinLink({ path, serverOrigin }: { path: string; serverOrigin: string }) {
  const origin = useSyncExternalStore(
    noChanges,
    () => window.location.origin,
    () => serverOrigin,
  );
  const url = `${origin}${path}`;
  return (
    <p>
      Join link: <a href={path}>{url}</a>
    </p>
  );
}
