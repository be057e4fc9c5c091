/** Text as XML 1.0 allows it: a feed with one control character in a title is not a feed. */

// XML 1.0 Char: tab, newline, carriage return, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF (lone surrogates are out)
const XML_ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** `text` without the code points XML 1.0 forbids (stored text is already clean; this guards older rows and every other source). */
export function dropXmlIllegal(text: string): string {
  return text.replace(XML_ILLEGAL, "");
}
