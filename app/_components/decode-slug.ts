/** Route parameters as the API expects them. */

/** A dynamic segment decoded once; a malformed escape is kept as typed so the lookup simply misses. */
export function decodeSlug(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
