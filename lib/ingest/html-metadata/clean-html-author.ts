/**
 * An author name as a page states it, made a name: "By " and trailing outlets
 * (", CNN", " - Reuters", " | The Post") dropped, capitals of an all-caps
 * byline lowered, and non-names (URLs, "Staff reporter", "Editorial Board",
 * over-long strings) refused.
 */

const NOT_A_NAME =
  /^(?:staff|staff (?:reporter|writer)s?|editorial board|editors?|newsroom|news desk|admin|administrator|guest|unknown|anonymous|reuters|associated press|agencies|wire services?)$/i;

function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** The person `raw` names, or null when it names no person. */
export function cleanHtmlAuthor(raw: string, outlets: readonly string[] = []): string | null {
  let name = raw
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^by:?\s+/i, "");
  if (/^(?:https?:)?\/\//i.test(name) || /[@<>{}]/.test(name)) return null;
  // "Leila Haddad, CNN", "Marta Lindqvist - Reuters": the outlet after the name is no part of it
  name = name.split(/\s+[|—–-]\s+/)[0]!.trim();
  const parts = name.split(/,\s*/);
  if (
    parts.length > 1 &&
    outlets.some(
      (o) =>
        parts
          .slice(1)
          .join(", ")
          .toLowerCase()
          .replace(/^the\s+/, "") === o.toLowerCase().replace(/^the\s+/, ""),
    )
  )
    name = parts[0]!;
  else if (
    parts.length > 1 &&
    /^(?:[A-Z]{2,6}|\p{Lu}[\p{L}.]+ (?:News|Times|Post|Press))$/u.test(parts[parts.length - 1]!)
  )
    name = parts.slice(0, -1).join(", ");
  if (!name || NOT_A_NAME.test(name) || /\d/.test(name) || name.split(/\s+/).length > 8 || !/^\p{Lu}/u.test(name))
    return null;
  return name === name.toUpperCase() && /\p{Lu}{2}/u.test(name) ? titleCase(name).replace(/\bAnd\b/g, "and") : name;
}

/** Several authors as one line ("A and B", "A, B and C"), duplicates dropped. */
export function joinAuthors(names: readonly string[]): string | null {
  const unique = [...new Set(names)];
  if (unique.length <= 1) return unique[0] ?? null;
  return `${unique.slice(0, -1).join(", ")} and ${unique[unique.length - 1]}`;
}
