import { describe, expect, it } from "vitest";
import { decodeText } from "@/app/_domain/content";

describe("reading a dropped file's bytes", () => {
  const text = "The minister’s “plan” for the café – 12 €.";

  it("reads UTF-8, UTF-16 with its mark, and Windows-1252", () => {
    expect(decodeText(Buffer.from(text, "utf8"))).toBe(text);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    expect(decodeText(utf16)).toBe(text);
    const cp1252 = Buffer.from([0x93, 0x41, 0x94, 0x20, 0x96, 0x20, 0xe9, 0x20, 0x80]);
    expect(decodeText(cp1252)).toBe("“A” – é €");
  });

  it("keeps a UTF-8 file with one stray byte as UTF-8, the stray byte alone unreadable", () => {
    const bytes = Buffer.concat([Buffer.from(text, "utf8"), Buffer.from([0x20, 0x96])]);
    expect(decodeText(bytes)).toBe(`${text} \ufffd`);
  });
});
