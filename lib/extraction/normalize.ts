import type { Stage } from "./types.ts";

// UTF-8 bytes read as Latin-1 ("FranÃ§ois", twice over "FranÃ\u0083Â§ois"): whole UTF-8 sequences
const UTF8_AS_LATIN1 =
  "(?:[\\u00C2-\\u00DF][\\u0080-\\u00BF]|[\\u00E0-\\u00EF][\\u0080-\\u00BF]{2}|[\\u00F0-\\u00F4][\\u0080-\\u00BF]{3})+";
const MOJIBAKE = new RegExp(UTF8_AS_LATIN1, "g");
const WHOLLY_MOJIBAKE = new RegExp(`^${UTF8_AS_LATIN1}$`);
const UTF8 = new TextDecoder("utf-8");

/** The text a run of mis-decoded UTF-8 stood for ("Ã§" → "ç", decoded again while it still reads as such). */
export function repairMojibake(run: string): string {
  let text = run;
  for (let pass = 0; pass < 3 && WHOLLY_MOJIBAKE.test(text); pass++) {
    const decoded = UTF8.decode(Uint8Array.from(text, (c) => c.charCodeAt(0)));
    if (decoded.includes("\uFFFD")) break; // overlong or surrogate bytes: leave the text as written
    text = decoded;
  }
  return text.normalize("NFC");
}

// Windows-1252 bytes 0x80-0x9F as their characters, for punctuation read that way ("â€™" for "’", "â€œ" for "“")
const CP1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
const PUNCTUATION_AS_CP1252 = new RegExp(`â€[${CP1252}\\u00A0-\\u00BF]`, "g");

/** The punctuation mark "â€™" stood for: the three bytes E2 80 xx decoded as UTF-8. */
function repairPunctuation(run: string): string {
  const byte = (c: string) => {
    const i = CP1252.indexOf(c);
    return i >= 0 ? 0x80 + i : c.charCodeAt(0);
  };
  return UTF8.decode(Uint8Array.from([0xe2, 0x80, byte(run[2]!)]));
}

/**
 * Stage 1: Unicode NFC, one line-ending convention, no BOM or control characters.
 * Every later offset points into text that went through this stage, so it must
 * never change the meaning of a character, only its encoding (which includes
 * repairing UTF-8 that was read as Latin-1).
 */
export const normalize: Stage = {
  name: "normalize",
  run(doc) {
    const raw = doc.input.text
      .replace(/^\uFEFF/, "")
      .normalize("NFC")
      .replace(/\r\n?/g, "\n")
      .replace(/[\u2028\u2029]/g, "\n")
      // control characters other than tab and newline carry no text
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "")
      .replace(/\u00A0/g, " ")
      .replace(MOJIBAKE, repairMojibake)
      .replace(PUNCTUATION_AS_CP1252, repairPunctuation);
    return { ...doc, raw, body: raw };
  },
};
