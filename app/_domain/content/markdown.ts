// Reduces Markdown to plain lines: the pipeline works on text, and a span must never cover
// syntax a reader does not see. Heading levels are kept because "# Title" names the article.

export type SourceLine = { text: string; heading: number; bullet: boolean };

function inline(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, "")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=[^\w*]|$)/g, "$1$2")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/\\([\\`*_{}[\]()#+.!-])/g, "$1");
}

export function markdownLines(text: string): SourceLine[] {
  return text.split("\n").map((line) => {
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading)
      return { text: inline(heading[2] ?? ""), heading: heading[1]?.length ?? 0, bullet: false };
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) return { text: "", heading: 0, bullet: false };
    // A table's rows are cells, not sentences: read as text they run into one garbled paragraph.
    if (/^\s*\|.*\|\s*$/.test(line)) return { text: "", heading: 0, bullet: false };
    const bullet = /^\s*(?:[-*+]|\d+[.)])\s+/.test(line);
    const stripped = line.replace(/^\s*>\s?/, "");
    const text = inline(bullet ? stripped.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, "• ") : stripped);
    return { text, heading: 0, bullet };
  });
}

export function plainLines(text: string): SourceLine[] {
  return text.split("\n").map((line) => ({
    text: line,
    heading: 0,
    bullet: /^\s*[•·▪►]\s+/.test(line),
  }));
}
