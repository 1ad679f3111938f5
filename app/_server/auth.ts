import "server-only";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { readEnv } from "./env";
import { isAppError } from "./errors";
import { findOrCreateOAuthUser } from "./data/users/oauth-user";
import { verifyCredentials } from "./data/users/verify-credentials";
import {
  createSession,
  deleteSession,
  findActiveSession,
  SESSION_MAX_AGE_SECONDS,
} from "./data/sessions/sessions";
import { clientAddress } from "./client-address";

// Auth.js with email and password (no outside service needed) plus OAuth providers that switch on
// when their environment variables are set. The cookie is a signed JWT that only names a session
// row; every request checks the row, so deleting it (sign out, disabled account) ends the session.

class CredentialsRefused extends CredentialsSignin {
  constructor(readonly userMessage: string) {
    super(userMessage);
    this.code = userMessage;
  }
}

function oauthProviders(): NextAuthConfig["providers"] {
  const env = readEnv();
  const providers: NextAuthConfig["providers"] = [];
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET) providers.push(GitHub);
  if (env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET) providers.push(Google);
  return providers;
}

export const enabledOAuthProviders = () =>
  oauthProviders().map((provider) => {
    const resolved = typeof provider === "function" ? provider() : provider;
    return { id: resolved.id, name: resolved.name };
  });

const credentials = Credentials({
  credentials: { email: {}, password: {} },
  async authorize(input, request) {
    try {
      const user = await verifyCredentials({
        email: input.email,
        password: input.password,
        ip: clientAddress(request.headers),
      });
      return { id: user.id, email: user.email, name: user.name };
    } catch (error) {
      if (isAppError(error)) throw new CredentialsRefused(error.userMessage);
      throw error;
    }
  },
});

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/signin", error: "/signin" },
  providers: [credentials, ...oauthProviders()],
  callbacks: {
    async signIn({ user, account }) {
      if (!account || account.type === "credentials") return true;
      const linked = await findOrCreateOAuthUser({
        ...account,
        email: user.email,
        name: user.name,
      });
      user.id = linked.id;
      return true;
    },
    async jwt({ token, user }) {
      if (user?.id) return { sid: await createSession({ userId: user.id }) };
      const session = typeof token.sid === "string" ? await findActiveSession(token.sid) : null;
      return session ? { sid: token.sid, ...session } : null;
    },
    // Only what the pages need; currentUser() validates it with zod before anything uses it.
    session({ session, token }) {
      const user = {
        id: String(token.userId),
        role: token.role,
        name: token.name ?? "",
        email: token.email ?? "",
      };
      return { ...session, user: user as unknown as typeof session.user };
    },
  },
  events: {
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await deleteSession(sid);
    },
  },
});
