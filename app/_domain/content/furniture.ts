// Page furniture: text that belongs to the website around an article, not to the article.
// Each rule is phrased for any news site, then checked against the seeds and the fixtures.

const shortLine = (line: string, maxWords: number) => line.split(/\s+/).length <= maxWords;

const lineRules: [RegExp, string, number][] = [
  [
    /\b(share|sharing|tweet|follow us|connect with us|join our|whatsapp|telegram|facebook|twitter|instagram|youtube|linkedin|pinterest|reddit|email this|print this|copy link)\b/i,
    "social",
    14,
  ],
  [
    /\b(subscribe|subscription|newsletter|sign up|advert|advertisement|advertising|sponsored|promoted|inquiries|enquiries|download (our|the) app)\b/i,
    "advert",
    16,
  ],
  // A newsletter box's pitch is punctuated like prose ("Get the week's rulings delivered to
  // your inbox every Friday."), so it has a rule of its own, without the prose exception.
  [
    /\b(delivered|sent|straight|direct) (straight |directly )?to your inbox\b|\benter your e-?mail\b|\byour e-?mail address\b/i,
    "newsletter",
    25,
  ],
  [/\b(call|tel|phone|mobile|contact us|e-?mail us)\s*[:：]/i, "contact", 30],
  [/(\+?\d[\d ()-]{8,}\d)/, "contact", 12],
  // "copyright" and "cookie" alone are words an article may use ("the copyright had expired");
  // a notice opens with the word or speaks of the site's cookies.
  [/©|all rights reserved|privacy policy|terms (of|and) (use|service|conditions)/i, "legal", 40],
  [/^copyright\b/i, "legal", 40],
  [
    /\b(uses?|accept|allow|enable|manage|reject|decline|about) (all |our |the |of )?cookies\b|\bcookies? (policy|settings|preferences|consent|notice|banner)\b/i,
    "legal",
    40,
  ],
  [/^\d+\s*min(ute)?s?\s+read$/i, "read-time", 4],
  [
    /^(home|menu|search|skip to( main)? content|go ?to ?top|back to top|log ?in|sign ?in|register|next|previous|close)$/i,
    "navigation",
    4,
  ],
  [/^home\s*[›>»|/]/i, "navigation", 20],
  [
    /^(read more|also read|see also|more:|related:|watch:|listen:|recommended:)/i,
    "related-link",
    25,
  ],
  [/^(image|photo|picture|file photo|video)\s*(credit|source)?\s*[:|]/i, "caption", 30],
  // "Firefighters tackle flames near Kato Achaia. Photo: Reuters/Alkis Konstantinidis."
  // The credit closes the line and names a source: an agency, or "Name/Agency".
  [
    /(?:^|[.!?]\s+)\(?(photo|photograph|picture|image)\s*(credit)?\s*:\s*(?=[^.:]*(?:\/|\b(?:Reuters|AP|AFP|Getty|EPA|Shutterstock|Alamy|PA|Bloomberg|Xinhua|Anadolu)\b))[^.:]{1,60}[.)]?$/i,
    "caption",
    40,
  ],
  [
    /^(your email address will not be published|required fields are marked|post comment|save my name|comment\s*\*|name\s*\*|email\s*\*|website$)/i,
    "comment-form",
    20,
  ],
  [/^(tags?|filed under|topics?|categories)\s*:/i, "tags", 30],
  [/^https?:\/\/\S+$/i, "url", 1],
];

/** Lines after which the rest of the page is other stories or comments, never the article. */
const tailMarkers = [
  /^(previous|next) (story|article|post)\b/i,
  /^(latest|more) (from|news|stories|in|on)\b/i,
  /^don['’]?t miss\b/i,
  /^(related|recommended|similar)( (stories|articles|posts|news|content|coverage|reading))?\s*[:\-–—]?$/i,
  /^you (may|might) also (like|be interested|enjoy)/i,
  /^leave a (reply|comment)/i,
  /^comments are closed/i,
  /^\d+ comments?$/i,
  /^(most (read|popular|viewed)|trending( now)?|popular (stories|posts|now)|editor['’]s picks)\b/i,
  /^(also read|read more|read also|more on this story)\s*[:\-–—]?$/i,
];

/**
 * A heading that opens the list of other stories. "More in the north than the south, food
 * prices have doubled." opens like one and is the article's own sentence: a marker is short,
 * and a line of more than a few words punctuated as a sentence is prose.
 */
export function isTailMarker(line: string): boolean {
  const text = line.trim();
  const words = text.split(/\s+/).length;
  if (words > 12 || (words > 4 && endsLikeSentence(text))) return false;
  return tailMarkers.some((re) => re.test(text));
}

const terminalPunctuation = /[.!?…]["”’')\]]*$/;

export function endsLikeSentence(line: string): boolean {
  return terminalPunctuation.test(line.trim());
}

const imperative =
  /^(share|follow|tweet|like|subscribe|sign|join|download|click|tap|e-?mail|print|copy|connect|watch|listen|read|get|find|send|advertise)\b/i;

/** A punctuated sentence with a subject, not a button's "Share this." or "Sign up today!". */
function readsAsProse(text: string): boolean {
  if (!endsLikeSentence(text)) return false;
  const words = text.split(/\s+/).length;
  return words > 5 || (words >= 3 && !imperative.test(text));
}

/** Returns why a single line is furniture, or null when it may be article text. */
export function furnitureReason(line: string): string | null {
  const text = line.trim();
  for (const [re, reason, maxWords] of lineRules) {
    if (!re.test(text) || !shortLine(text, maxWords)) continue;
    // "Its market share fell." and "Facebook declined to comment." are prose; menus and
    // buttons are not punctuated as sentences, or tell the reader what to do ("Share this.").
    if ((reason === "social" || reason === "advert") && readsAsProse(text)) continue;
    return reason;
  }
  // A bare lower-case label ("entertainment", "world news") is a section tag.
  if (/^[a-z][a-z &-]{0,30}$/.test(text) && shortLine(text, 3)) return "section-label";
  // A bullet that is not a sentence is a link to another story.
  if (/^\s*[•·▪►*+-]\s+/.test(line) && !endsLikeSentence(text)) return "related-link";
  if (/^\[[^\]]+\]\([^)]+\)$/.test(text)) return "related-link";
  return null;
}

/** "…reports Asian Lite News" ends a teaser copied from the article; it also names the site. */
export const teaserSuffix = /\s*(?:…|\.\.\.)\s*reports?\s+([A-Z][\w&' -]{2,40})\s*$/;
