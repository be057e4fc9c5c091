/** Percent-decoding of one URL path segment that never throws. */

/** The decoded segment, or null when its escapes are malformed or it is blank. */
export function decodePathSegment(segment: string): string | null {
  try {
    const value = decodeURIComponent(segment);
    return value.trim() === "" ? null : value;
  } catch {
    return null;
  }
}
