// Titles before a name: "Gen. James Hecker" = "General James Hecker" = "James Hecker", and
// "General Tiani" = "Tiani" where the answer names the person by one name after the title.

/** Each title and its abbreviations, as the full title. */
const titleForms = new Map(
  Object.entries({
    president: "president",
    general: "general",
    gen: "general",
    lieutenant: "lieutenant",
    lt: "lieutenant",
    colonel: "colonel",
    col: "colonel",
    major: "major",
    maj: "major",
    captain: "captain",
    capt: "captain",
    sergeant: "sergeant",
    sgt: "sergeant",
    admiral: "admiral",
    adm: "admiral",
    secretary: "secretary",
    sec: "secretary",
    minister: "minister",
    prime: "prime",
    mr: "mr",
    mrs: "mrs",
    ms: "ms",
    dr: "dr",
    professor: "professor",
    prof: "professor",
    sir: "sir",
  }),
);

// Words that make "<title> <word>" the name of something else, where the title word is part of
// the name and the word alone names nothing, or something else ("Congo" for "DR Congo").
const namesAfterTitles = new Set([
  "motors",
  "electric",
  "dynamics",
  "atomics",
  "mills",
  "assembly",
  "staff",
  "hospital",
  "league",
  "video",
  "congo",
]);

/** Leading titles written in full ("gen tiani" → "general tiani"). */
export function withFullTitles(tokens: readonly string[]): string[] {
  let start = 0;
  while (start < tokens.length && titleForms.has(tokens[start]!)) start++;
  return [...tokens.slice(0, start).map((token) => titleForms.get(token)!), ...tokens.slice(start)];
}

/**
 * Leading titles dropped if a name remains: "general tiani" → "tiani". Nothing is dropped when
 * only titles remain ("prime minister") or the one word left is in `namesAfterTitles`
 * ("general motors").
 */
export function withoutTitles(tokens: readonly string[]): readonly string[] {
  let start = 0;
  while (start < tokens.length && titleForms.has(tokens[start]!)) start++;
  const rest = tokens.slice(start);
  if (rest.length === 0 || (rest.length === 1 && namesAfterTitles.has(rest[0]!))) return tokens;
  return rest;
}
