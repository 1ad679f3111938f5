// Prisma reports a violated unique constraint as P2002, whichever driver adapter is in use.
export function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002"
  );
}

// P2003: a foreign key refused the write (here: rows still point at the one being deleted).
export function isForeignKeyViolation(error: unknown): boolean {
  return (
    typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2003"
  );
}
