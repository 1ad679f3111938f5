// A source opened from a study answer carries the way back: the reader then offers "Back to
// studying", to the same choice of articles. Only article ids travel in the query, and the way
// back is always /study, so the link cannot be turned into a jump to another site.

/** `/articles/<id>#s-<sentence>` → `/articles/<id>?from=study&article=…#s-<sentence>`. */
export function sourceHrefFromStudy(href: string, articleIds: readonly string[]): string {
  const hashAt = href.indexOf("#");
  const path = hashAt === -1 ? href : href.slice(0, hashAt);
  const hash = hashAt === -1 ? "" : href.slice(hashAt);
  const query = new URLSearchParams([
    ["from", "study"],
    ...articleIds.map((id) => ["article", id]),
  ]);
  return `${path}${path.includes("?") ? "&" : "?"}${query}${hash}`;
}

/** The study page for a reader opened from study (`from=study`), or null for any other visit. */
export function studyHrefFrom(
  search: Record<string, string | string[] | undefined>,
): string | null {
  if (search.from !== "study") return null;
  const ids = [search.article ?? []].flat().filter((id) => id.length > 0 && id.length <= 200);
  const query = new URLSearchParams(ids.map((id) => ["article", id]));
  return ids.length > 0 ? `/study?${query}` : "/study";
}
