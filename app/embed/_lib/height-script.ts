/**
 * The one script of an embed document: it posts the document's height to the
 * parent on load, on every resize, and when the parent asks (a loader that
 * arrives after the frame has loaded). The height is not secret, hence "*".
 * It reads its id from `<html data-embed-id>` so the text, and its CSP hash, never change.
 */
export const HEIGHT_SCRIPT =
  '(function(){var d=document.documentElement,id=d.getAttribute("data-embed-id"),last=-1;' +
  "function post(force){var h=Math.ceil(d.getBoundingClientRect().height);if(h===last&&!force)return;last=h;" +
  'parent.postMessage({type:"nkg:height",id:id,height:h},"*")}' +
  'post(false);addEventListener("load",function(){post(false)});' +
  'if(typeof ResizeObserver==="function")new ResizeObserver(function(){post(false)}).observe(d);' +
  'addEventListener("message",function(e){if(e.source===parent&&e.data&&e.data.type==="nkg:measure")post(true)})})();';
