// Files dropped into the content folder come from anywhere: a scrape saved by a Windows editor
// is Windows-1252 ("LONDON – Costa Coffee" read as UTF-8 shows "LONDON �"), and one saved as
// "Unicode" is UTF-16 with a byte-order mark (read as UTF-8, every other character is NUL).
// Decoding by what the bytes are keeps such text readable instead of putting � in questions.

const utf8 = new TextDecoder("utf-8", { fatal: true });

// Windows-1252's bytes 0x80–0x9F (the rest is Latin-1). Node's TextDecoder reads the
// "windows-1252" label as Latin-1, which turns curly quotes and dashes into control characters.
// prettier-ignore
const cp1252High = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (const byte of bytes)
    out += String.fromCharCode(byte >= 0x80 && byte < 0xa0 ? cp1252High[byte - 0x80]! : byte);
  return out;
}

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  try {
    return utf8.decode(bytes); // drops a UTF-8 byte-order mark
  } catch {
    // A UTF-8 file with a stray byte still holds UTF-8 characters: read as Windows-1252 all of them
    // would turn to "â€™"; one "�" is the lesser harm. With none, it is Windows-1252, the usual
    // other encoding of Western news pages.
    const lenient = new TextDecoder("utf-8").decode(bytes);
    return /[^\u0000-\u007f\ufffd]/.test(lenient) ? lenient : decodeWindows1252(bytes);
  }
}
