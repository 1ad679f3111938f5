import { signIn, enabledOAuthProviders } from "@/app/_server/auth";

// Shown only for the providers a deployment configured (AUTH_GITHUB_ID, AUTH_GOOGLE_ID, …).
export function OAuthButtons({ callbackUrl }: { callbackUrl: string | null }) {
  const providers = enabledOAuthProviders();
  if (providers.length === 0) return null;
  return (
    <div className="stack">
      {providers.map((provider) => (
        <form
          key={provider.id}
          action={async () => {
            "use server";
            await signIn(provider.id, { redirectTo: callbackUrl ?? "/" });
          }}
        >
          <button type="submit">Continue with {provider.name}</button>
        </form>
      ))}
    </div>
  );
}
