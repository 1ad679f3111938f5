import "server-only";
import { cookies, headers } from "next/headers";
import { NextRequest } from "next/server";
import { decode } from "next-auth/jwt";

// Reads the session id out of Auth.js's session cookie without running Auth.js's whole session
// action on every request. auth() decrypts the cookie (deriving the key with HKDF each time),
// calls the callbacks, then encrypts and sets a fresh cookie: about 3 ms of CPU per request, more
// than the study endpoints' own work. Rolling the cookie buys nothing here, because the session
// row's `expires` (fixed at sign-in) is what ends a session, and the row is still checked on
// every request (app/_server/current-user.ts), so signing out and disabling an account still end
// the session at its next request.
//
// Kept in step with Auth.js v5 (@auth/core lib/utils/cookie.js, env.js, jwt.js): the cookie is
// "authjs.session-token", prefixed "__Secure-" when the site is served over https, possibly split
// into ".0", ".1", … chunks; the cookie's name is the key-derivation salt; AUTH_SECRET_1..3 come
// before AUTH_SECRET.

const cookieName = "authjs.session-token";

// A given token always decrypts to the same claims, so decrypting it once is enough. Bounded: it
// holds at most one entry per active session cookie and is emptied when full.
const decoded = new Map<string, { sid: string; exp: number } | null>();
const maxCached = 20_000;

function secrets(): string[] {
  const list = process.env.AUTH_SECRET ? [process.env.AUTH_SECRET] : [];
  for (const i of [1, 2, 3]) {
    const secret = process.env[`AUTH_SECRET_${i}`];
    if (secret) list.unshift(secret);
  }
  return list;
}

// What is read of a request: its cookies (Next.js's cookie jar, from cookies() or a request's own
// `cookies`) and its forwarded protocol.
type CookieJar = {
  get(name: string): { value: string } | undefined;
  getAll(): { name: string; value: string }[];
};

// As next-auth's auth() decides: AUTH_URL's protocol, else the forwarded one, else https.
function sessionCookieName(forwardedProto: () => string | null): string {
  const envUrl = process.env.AUTH_URL ?? process.env.NEXTAUTH_URL;
  const protocol = envUrl ? new URL(envUrl).protocol : (forwardedProto() ?? "https");
  return protocol.replace(/:$/, "") === "https" ? `__Secure-${cookieName}` : cookieName;
}

function readToken(jar: CookieJar, name: string): string | null {
  const whole = jar.get(name)?.value;
  if (whole) return whole;
  const chunks = jar
    .getAll()
    .filter((cookie) => cookie.name.startsWith(`${name}.`))
    .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
  return chunks.length > 0 ? chunks.map((cookie) => cookie.value).join("") : null;
}

async function decodeOnce(
  token: string,
  salt: string,
): Promise<{ sid: string; exp: number } | null> {
  const key = `${salt}\0${token}`;
  if (decoded.has(key)) return decoded.get(key)!;
  let claims: { sid: string; exp: number } | null = null;
  try {
    const payload = await decode({ token, secret: secrets(), salt });
    if (typeof payload?.sid === "string" && typeof payload.exp === "number") {
      claims = { sid: payload.sid, exp: payload.exp };
    }
  } catch {
    claims = null; // not ours, tampered or under a retired secret: signed out
  }
  if (decoded.size >= maxCached) decoded.clear();
  decoded.set(key, claims);
  return claims;
}

async function sessionIdIn(
  jar: CookieJar,
  forwardedProto: () => string | null,
  now: number,
): Promise<string | null> {
  const name = sessionCookieName(forwardedProto);
  const token = readToken(jar, name);
  if (!token || secrets().length === 0) return null;
  const claims = await decodeOnce(token, name);
  return claims && claims.exp * 1000 > now ? claims.sid : null;
}

/** The session id the request's cookie names, or null (no cookie, invalid, or expired JWT). */
export async function sessionIdFromCookie(now = Date.now()): Promise<string | null> {
  // Read the request first, whatever else holds: reading cookies is what makes Next.js render a
  // signed-in page per request. Returning before it (say, when the build has no AUTH_SECRET)
  // would let `next build` prerender pages as if nobody were signed in.
  const [jar, list] = await Promise.all([cookies(), headers()]);
  return sessionIdIn(jar, () => list.get("x-forwarded-proto"), now);
}

/**
 * As sessionIdFromCookie, from a route handler's own request: Next.js has already parsed its
 * cookies (NextRequest.cookies), which cookies() and headers() would wrap again for the request
 * scope. Used by the study endpoints, where every tenth of a millisecond counts (BENCHMARKS.md).
 */
export function sessionIdFromRequest(request: Request, now = Date.now()): Promise<string | null> {
  // Route handlers get a NextRequest (duck-typed: the route's bundle has its own copy of the
  // class); a plain Request gets a jar over its headers alone, leaving its body unread.
  const jar =
    (request as Partial<NextRequest>).cookies ??
    new NextRequest(request.url, { headers: request.headers }).cookies;
  return sessionIdIn(jar, () => request.headers.get("x-forwarded-proto"), now);
}
