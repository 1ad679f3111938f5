import { encode } from "next-auth/jwt";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createSession, deleteSession, disableUser } from "@/app/_server/data/sessions/sessions";
import { makeUser } from "@/tests/factories/users";

// currentUser() reads Auth.js's session cookie itself (app/_server/session-cookie.ts): these
// tests sign cookies exactly as Auth.js does and check that the session row still decides.
const request = vi.hoisted(() => ({ cookies: new Map<string, string>(), proto: "http" }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) =>
      request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined,
    getAll: () => [...request.cookies].map(([name, value]) => ({ name, value })),
  }),
  headers: async () => new Headers({ "x-forwarded-proto": request.proto }),
}));
vi.mock("next/navigation", () => ({ redirect: () => undefined }));

const { claimedUser, currentUser } = await import("@/app/_server/current-user");
const secret = "a-test-secret-that-is-long-enough-0123456789";
const name = "authjs.session-token";

// The same cookies and protocol as a route handler's own request (what claimedUser reads).
const asRequest = () =>
  new Request("http://localhost/api/study/next", {
    headers: {
      cookie: [...request.cookies].map(([key, value]) => `${key}=${value}`).join("; "),
      "x-forwarded-proto": request.proto,
    },
  });

async function signIn(sid: string, options: { salt?: string; maxAge?: number } = {}) {
  const salt = options.salt ?? name;
  request.cookies.set(salt, await encode({ token: { sid }, secret, salt, maxAge: options.maxAge }));
}

describe("the session cookie", () => {
  beforeEach(() => {
    vi.stubEnv("AUTH_SECRET", secret);
    vi.stubEnv("AUTH_URL", undefined);
    request.cookies.clear();
    request.proto = "http";
  });
  afterEach(() => vi.unstubAllEnvs());

  it("names the signed-in user, and no one once the session row is deleted", async () => {
    const user = await makeUser({ role: "teacher", name: "Ada" });
    const sid = await createSession({ userId: user.id });
    await signIn(sid);
    expect(await currentUser()).toEqual({ ...user, id: user.id, role: "teacher", name: "Ada" });
    await deleteSession(sid);
    expect(await currentUser()).toBeNull();
  });

  it("signs out every session of a disabled account at its next request", async () => {
    const user = await makeUser();
    await signIn(await createSession({ userId: user.id }));
    expect((await currentUser())?.id).toBe(user.id);
    await disableUser({ email: user.email });
    expect(await currentUser()).toBeNull();
  });

  it("refuses a tampered, expired or foreign cookie", async () => {
    const sid = await createSession({ userId: (await makeUser()).id });
    await signIn(sid, { maxAge: -10 });
    expect(await currentUser()).toBeNull();
    request.cookies.set(
      name,
      `${(await encode({ token: { sid }, secret, salt: name })).slice(0, -4)}AAAA`,
    );
    expect(await currentUser()).toBeNull();
    request.cookies.set(
      name,
      await encode({ token: { sid }, secret: "another-secret-0123456789", salt: name }),
    );
    expect(await currentUser()).toBeNull();
  });

  it("reads the __Secure- cookie over https, also when Auth.js split it into chunks", async () => {
    const user = await makeUser();
    const sid = await createSession({ userId: user.id });
    const secure = `__Secure-${name}`;
    request.proto = "https";
    await signIn(sid); // the plain cookie is not the one Auth.js reads over https
    expect(await currentUser()).toBeNull();
    const token = await encode({ token: { sid }, secret, salt: secure });
    request.cookies.set(`${secure}.1`, token.slice(100));
    request.cookies.set(`${secure}.0`, token.slice(0, 100));
    expect((await currentUser())?.id).toBe(user.id);
  });

  it("is read the same way from a route handler's own request, for the study endpoints", async () => {
    const user = await makeUser();
    const sid = await createSession({ userId: user.id });
    await signIn(sid);
    expect(await claimedUser(asRequest())).toMatchObject({ id: user.id, sessionId: sid });
    request.cookies.set(name, `${request.cookies.get(name)!.slice(0, -4)}AAAA`);
    expect(await claimedUser(asRequest())).toBeNull();
    request.cookies.clear();
    request.proto = "https";
    await signIn(sid);
    expect(await claimedUser(asRequest())).toBeNull(); // over https only the __Secure- cookie counts
    const secure = `__Secure-${name}`;
    const token = await encode({ token: { sid }, secret, salt: secure });
    request.cookies.set(`${secure}.1`, token.slice(100));
    request.cookies.set(`${secure}.0`, token.slice(0, 100));
    expect(await claimedUser(asRequest())).toMatchObject({ id: user.id, sessionId: sid });
  });
});
