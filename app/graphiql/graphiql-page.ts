/** The GraphiQL page: static HTML and an init script, both served by the app (no CDN). */
import { GRAPHIQL_EXAMPLES } from "./graphiql-examples.ts";

/** Files the page loads, by the name they are served under and their place in node_modules. */
export const GRAPHIQL_ASSETS: Readonly<Record<string, { file: string; type: string }>> = Object.freeze({
  "react.js": { file: "react-umd/umd/react.production.min.js", type: "text/javascript" },
  "react-dom.js": { file: "react-dom-umd/umd/react-dom.production.min.js", type: "text/javascript" },
  "graphiql.js": { file: "graphiql-umd/graphiql.min.js", type: "text/javascript" },
  "graphiql.css": { file: "graphiql-umd/graphiql.min.css", type: "text/css" },
});

/**
 * Scripts only from this origin, no inline script, no eval; inline styles stay
 * allowed because CodeMirror and GraphiQL's panes set style attributes.
 */
export const GRAPHIQL_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** The init script: mounts GraphiQL on the page against /api/graphql with the example tabs. */
export function graphiqlInitScript(): string {
  const tabs = JSON.stringify(GRAPHIQL_EXAMPLES);
  return `(function () {
  var fetcher = GraphiQL.createFetcher({ url: "/api/graphql" });
  var root = ReactDOM.createRoot(document.getElementById("graphiql"));
  root.render(React.createElement(GraphiQL, { fetcher: fetcher, defaultTabs: ${tabs}, defaultEditorToolsVisibility: true, shouldPersistHeaders: false }));
})();
`;
}

/** The HTML of /graphiql. */
export function graphiqlHtml(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>GraphiQL · News knowledge graph</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/graphiql/graphiql.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script src="/graphiql/react.js"></script>
<script src="/graphiql/react-dom.js"></script>
<script src="/graphiql/graphiql.js"></script>
<script src="/graphiql/init.js"></script>
</body>
</html>
`;
}
