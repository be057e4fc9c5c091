/**
 * The text of /embed.js. It turns `<blockquote class="nkg-quote" data-quote-id>` (or
 * `data-actor-slug`, optional `data-count`) into a frame of this site, and resizes
 * frames, including `<iframe class="nkg-embed">` from oEmbed, from their height messages.
 * The blockquote stays until the frame reports its first height, so a blocked script or
 * a failed frame leaves the reader the quote. Messages count only when they come from
 * the script's own origin and from the very frame being resized.
 */
import { EMBED_WIDTH, QUOTE_COUNT } from "./embed-size.ts";
import { EMBED_SANDBOX } from "./render-embed-iframe.ts";

/** How long a frame may take to report its height before it is removed and the blockquote kept. */
export const FRAME_TIMEOUT_MS = 15_000;

/** The loader's JavaScript (ES5, no dependencies, safe to include more than once). */
export const LOADER_SCRIPT = `(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin;
  try { origin = new URL(script.src, location.href).origin; } catch (e) { return; }
  var registry = window.__nkgEmbeds || (window.__nkgEmbeds = {});
  if (registry[origin]) { registry[origin].scan(); return; }
  var frames = [];
  var MAX_HEIGHT = 20000;

  function find(win) {
    for (var i = 0; i < frames.length; i++) if (frames[i].iframe.contentWindow === win) return frames[i];
    return null;
  }
  function tracked(iframe) {
    for (var i = 0; i < frames.length; i++) if (frames[i].iframe === iframe) return true;
    return false;
  }
  function resize(frame, height) {
    var h = Math.max(0, Math.min(MAX_HEIGHT, Math.ceil(height)));
    frame.iframe.setAttribute("height", String(h));
    frame.iframe.style.height = h + "px";
    if (frame.ready) return;
    frame.ready = true;
    clearTimeout(frame.timer);
    frame.iframe.style.visibility = "";
    if (frame.fallback) {
      frame.fallback.style.display = "none";
      frame.fallback.setAttribute("data-nkg-state", "replaced");
    }
  }
  function onMessage(event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || data.type !== "nkg:height" || typeof data.height !== "number" || !isFinite(data.height)) return;
    var frame = find(event.source);
    if (frame) resize(frame, data.height);
  }
  function embedPath(el) {
    var id = el.getAttribute("data-quote-id");
    if (id) return "/embed/quotes/" + encodeURIComponent(id);
    var slug = el.getAttribute("data-actor-slug");
    if (!slug) return null;
    var n = parseInt(el.getAttribute("data-count") || "", 10);
    return "/embed/actors/" + encodeURIComponent(slug) + (n > 0 ? "?n=" + Math.min(n, ${QUOTE_COUNT.max}) : "");
  }
  function upgrade(quote) {
    if (quote.getAttribute("data-nkg-state") || !quote.parentNode) return;
    var path = embedPath(quote);
    if (!path) return;
    quote.setAttribute("data-nkg-state", "loading");
    var iframe = document.createElement("iframe");
    iframe.className = "nkg-embed";
    iframe.title = quote.getAttribute("data-quote-id") ? "Quote from News Knowledge Graph" : "Quotes from News Knowledge Graph";
    iframe.setAttribute("sandbox", "${EMBED_SANDBOX}");
    // laid out at full width but invisible and flat until it reports its height
    iframe.style.cssText = "display:block;width:100%;max-width:${EMBED_WIDTH}px;height:0;border:0;margin:0;visibility:hidden";
    iframe.src = origin + path;
    var frame = { iframe: iframe, fallback: quote, ready: false, timer: 0 };
    frame.timer = setTimeout(function () {
      if (frame.ready) return;
      frames.splice(frames.indexOf(frame), 1);
      if (iframe.parentNode) iframe.parentNode.removeChild(iframe);
      quote.setAttribute("data-nkg-state", "failed");
    }, ${FRAME_TIMEOUT_MS});
    frames.push(frame);
    quote.parentNode.insertBefore(iframe, quote.nextSibling);
  }
  function adopt(iframe) {
    if (tracked(iframe) || (iframe.getAttribute("src") || "").indexOf(origin + "/embed/") !== 0) return;
    var frame = { iframe: iframe, fallback: null, ready: true, timer: 0 };
    frames.push(frame);
    // the frame may have loaded (and posted) before this script ran: ask again
    var ask = function () { if (iframe.contentWindow) iframe.contentWindow.postMessage({ type: "nkg:measure" }, origin); };
    iframe.addEventListener("load", ask);
    ask();
  }
  function scan() {
    var quotes = document.querySelectorAll("blockquote.nkg-quote");
    for (var i = 0; i < quotes.length; i++) upgrade(quotes[i]);
    var iframes = document.querySelectorAll("iframe.nkg-embed");
    for (var j = 0; j < iframes.length; j++) adopt(iframes[j]);
  }
  window.addEventListener("message", onMessage);
  registry[origin] = { scan: scan };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", scan);
  scan();
})();
`;
