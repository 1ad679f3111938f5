// A sentence shown inside a prompt's own quotation marks (“Fill in the blank: “…””). Its own
// quotes become inner quotes (‘…’), as in any quotation within a quotation, and a quote that the
// sentence opens but does not close (the speaker goes on in the next sentence) is closed at its
// end; one it closes without opening is opened at its start. The prompt's marks then pair up.

/** A straight quote opens when it starts the text or follows a space or bracket. */
function opensAt(text: string, i: number): boolean {
  return i === 0 || /[\s([{—–-]/.test(text.charAt(i - 1));
}

export function quoteInside(text: string): string {
  if (!/[“”"]/.test(text)) return text;
  let open = false;
  let unopened = false;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    const opening = ch === "“" || (ch === '"' && opensAt(text, i));
    const closing = !opening && (ch === "”" || ch === '"');
    if (opening) open = true;
    if (closing && !open) unopened = true;
    if (closing) open = false;
    out += opening ? "‘" : closing ? "’" : ch;
  }
  return `${unopened ? "‘" : ""}${out}${open ? "’" : ""}`;
}
