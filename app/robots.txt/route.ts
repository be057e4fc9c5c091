/** GET /robots.txt: everything readers see may be crawled; the API, GraphiQL, embed frames and list exports may not; where the sitemap is. */
import { requestOrigin } from "@/app/_components/origin.ts";

export const dynamic = "force-dynamic";

/** The robots.txt text. */
export async function GET(): Promise<Response> {
  const body = [
    "User-agent: *",
    "Disallow: /api/",
    "Disallow: /graphiql",
    "Disallow: /embed/",
    "Disallow: /export/",
    "Allow: /",
    "",
    `Sitemap: ${await requestOrigin()}/sitemap.xml`,
    "",
  ].join("\n");
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
