// Where to send someone after signing in or up: only a path on this site. A callback URL comes
// from the query string, so anyone can write one; sending a browser to an address it names (an
// "open redirect", OWASP's Unvalidated Redirects and Forwards cheat sheet) would lend this site's
// name to a phishing page. "//evil.test" and "/\evil.test" are other hosts to a browser.
const PLACEHOLDER = "http://citecards.invalid";

/** The path, query and fragment of a local path; null for anything else. */
export function localPath(raw: unknown): string | null {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2000) return null;
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.includes("\\")) return null;
  // Control characters (tabs and newlines are dropped by URL parsers) could hide a second slash.
  if (/[\u0000-\u001f\u007f]/.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw, PLACEHOLDER);
  } catch {
    return null;
  }
  if (url.origin !== PLACEHOLDER) return null;
  // Parsing resolves dot segments: "/.//evil.test" and "/%2e//evil.test" come out as "//evil.test".
  if (url.pathname.startsWith("//")) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** `/signin?callbackUrl=…` (or /signup), or the bare page without a valid local path. */
export function withCallback(page: "/signin" | "/signup", callbackUrl: string | null): string {
  return callbackUrl ? `${page}?callbackUrl=${encodeURIComponent(callbackUrl)}` : page;
}
