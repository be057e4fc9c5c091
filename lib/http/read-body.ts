/**
 * Reads a request body up to a byte limit while it streams, whatever the transfer
 * encoding (Content-Length or chunked): past the limit the stream is cancelled and
 * nothing more is held, so a 200 MB body costs at most the limit in memory.
 */

/** The body as UTF-8 text, or null when it is (or declares itself) larger than `limit` bytes. */
export async function readBodyText(request: Request, limit: number): Promise<string | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) {
    await request.body?.cancel();
    return null;
  }
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // cancelling tells the source (Next's node stream) to stop; the rest is never buffered
      await reader.cancel("request body over the limit");
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks, size));
}
