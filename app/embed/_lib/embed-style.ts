/** The whole stylesheet of an embed document, inlined so the frame makes no further requests. */
export const EMBED_STYLE = [
  ':root{color-scheme:light;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;background:#fff}',
  "*{box-sizing:border-box}",
  "html,body{margin:0}",
  "main{border:1px solid #d0d7de;border-radius:8px;padding:12px 16px;overflow-wrap:anywhere}",
  "a{color:#0b5cad}",
  ".sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}",
  "ul{list-style:none;margin:0;padding:0}",
  "li+li{border-top:1px solid #d0d7de;margin-top:12px;padding-top:12px}",
  "figure{margin:0}",
  "blockquote{margin:0;font-size:1.1rem;line-height:1.4}",
  "blockquote p{margin:0}",
  "figcaption{margin-top:8px;color:#57606a;font-size:.875rem}",
  "figcaption .who{font-weight:600}",
  "footer{margin-top:10px;font-size:.75rem;color:#57606a}",
].join("");
