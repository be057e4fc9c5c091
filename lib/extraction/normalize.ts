import type { Stage } from "./types.ts";

/**
 * Stage 1: Unicode NFC, one line-ending convention, no BOM or control characters.
 * Every later offset points into text that went through this stage, so it must
 * never change the meaning of a character, only its encoding.
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
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "")
      .replace(/\u00A0/g, " ");
    return { ...doc, raw, body: raw };
  },
};
