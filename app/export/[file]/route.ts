/** Downloads of the explorer's lists as CSV or JSON Lines (see docs/exports.md). */
import { handleExport } from "@/app/export/_lib/handle-export.ts";

export const dynamic = "force-dynamic";

/** GET /export/{quotes|statements|actors|events}.{csv|jsonl}?filters: the whole filtered list, streamed. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  return handleExport(request, (await params).file);
}
