/** GET /api/oembed: oEmbed 1.0 provider (JSON only) for this site's quote and actor URLs, readable from any origin. */
import { siteOriginOf } from "@/app/embed/_lib/site-origin.ts";
import { buildOembed } from "./build-oembed.ts";
import { OembedRequestError, parseOembedRequest } from "./parse-oembed-request.ts";

export const dynamic = "force-dynamic";

const CORS = { "Access-Control-Allow-Origin": "*" };

function refuse(status: number, message: string): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { ...CORS, "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** The oEmbed answer, or 400/404/501 with a plain-text reason. */
export async function GET(request: Request): Promise<Response> {
  const origin = siteOriginOf(request);
  try {
    const body = await buildOembed(parseOembedRequest(new URL(request.url).searchParams, origin), origin);
    if (!body) return refuse(404, "No such quote or actor.");
    // the answer names this site's origin, read from these headers: a shared cache must key on them
    return Response.json(body, {
      headers: { ...CORS, "Cache-Control": "public, max-age=300", Vary: "Host, X-Forwarded-Host, X-Forwarded-Proto" },
    });
  } catch (err) {
    if (err instanceof OembedRequestError) return refuse(err.status, err.message);
    throw err;
  }
}

/** CORS preflight: GET from anywhere. */
export function OPTIONS(): Response {
  return new Response(null, {
    status: 204,
    headers: { ...CORS, "Access-Control-Allow-Methods": "GET, OPTIONS", "Access-Control-Max-Age": "86400" },
  });
}
