import { localPath } from "@/app/_domain/navigation";
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
            // Checked again where it is used, as the password forms' action does.
            await signIn(provider.id, { redirectTo: localPath(callbackUrl) ?? "/" });
          }}
        >
          <button type="submit">Continue with {provider.name}</button>
        </form>
      ))}
    </div>
  );
}
