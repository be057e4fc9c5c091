/** GET /embed/… for any other path: the embed "not found" document, so every /embed/* answer carries the embed CSP. */
import { embedHtmlResponse } from "@/app/embed/_lib/embed-response.ts";
import { renderNotFoundEmbed } from "@/app/embed/_lib/render-embeds.ts";

/** 404 with the not-found embed document. */
export function GET(): Response {
  return embedHtmlResponse(renderNotFoundEmbed(), 404);
}
