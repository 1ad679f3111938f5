import "server-only";
import { headers } from "next/headers";

// The origin the browser used, as far as the request tells: a proxy's x-forwarded-* first (they
// may list several hops; the first is the browser's), then the Host header. Only for showing
// links to the person who made the request, never for authorization.
export async function requestOrigin(): Promise<string> {
  const list = await headers();
  const first = (name: string) => list.get(name)?.split(",")[0]?.trim() || undefined;
  const host = first("x-forwarded-host") ?? first("host") ?? "localhost";
  const proto = first("x-forwarded-proto") === "https" ? "https" : "http";
  return `${proto}://${host}`;
}
