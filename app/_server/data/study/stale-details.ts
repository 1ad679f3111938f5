import type { AppError } from "../../errors";
import { StaleCardError } from "./stale-card-error";

/** Error details for a JSON response: a stale answer carries the fresh card. */
export function staleCardDetails(error: AppError): Record<string, unknown> | undefined {
  return error instanceof StaleCardError ? { card: error.card } : undefined;
}
