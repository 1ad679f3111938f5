import "server-only";
import { notFound } from "next/navigation";
import { isAppError } from "./errors";

/** Pages show Next's 404 for a record that is missing or someone else's; other errors propagate. */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
}
