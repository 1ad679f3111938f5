// A unique violation surfaces as P2002 from Prisma's query builder, but as P2010 ("raw query
// failed") carrying PostgreSQL's SQLSTATE 23505 from $queryRaw, on both driver adapters.
export function isUniqueViolationError(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, meta } = error as { code?: unknown; meta?: unknown };
  // P2002 from Prisma's query builder; 23505 straight from pg (Database.hotQuery).
  if (code === "P2002" || code === "23505") return true;
  if (code !== "P2010") return false;
  const cause = (meta as { driverAdapterError?: { cause?: Record<string, unknown> } } | undefined)
    ?.driverAdapterError?.cause;
  return cause?.originalCode === "23505" || cause?.kind === "UniqueConstraintViolation";
}
