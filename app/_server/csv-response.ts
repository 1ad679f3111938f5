import "server-only";
import { currentUser, type CurrentUser } from "./current-user";
import { httpStatusOf, isAppError } from "./errors";

// Route handlers for CSV downloads: the error's status and user message, never internals.
export async function csvResponse(
  make: (actor: CurrentUser | null) => Promise<{ filename: string; csv: string }>,
): Promise<Response> {
  try {
    const { filename, csv } = await make(await currentUser());
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    if (!isAppError(error)) throw error;
    return new Response(error.userMessage, {
      status: httpStatusOf(error.code),
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
}
