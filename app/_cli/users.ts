// `npm run users -- disable <email>` / `npm run users -- enable <email>`: an operator's switch.
// Disabling an account deletes its sessions, so every browser signed in with it is signed out at
// its next request, and refuses its password until it is enabled again.
import { closeDatabase } from "@/app/_server/db";
import { disableUser, enableUser } from "@/app/_server/data/sessions/sessions";
import { isAppError } from "@/app/_server/errors";

const usage = "usage: npm run users -- disable|enable <email>";

async function main(): Promise<number> {
  const [command, email] = process.argv.slice(2);
  if ((command !== "disable" && command !== "enable") || !email) {
    console.error(usage);
    return 2;
  }
  const changed =
    command === "disable" ? await disableUser({ email }) : await enableUser({ email });
  console.log(changed ? `${email}: ${command}d.` : `${email}: no such account; nothing changed.`);
  return changed ? 0 : 1;
}

main()
  .then(async (code) => {
    await closeDatabase();
    process.exit(code);
  })
  .catch((error: unknown) => {
    console.error(isAppError(error) ? error.userMessage : error);
    process.exit(1);
  });
