// `npm run lint:imports`: the main config with the two import-rewriting rules on, for the one
// `eslint --fix` run that sorts imports and writes those leaving their folder with `@/`.
import base from "./eslint.config.js";

export default [
  ...base,
  {
    files: ["**/*.{ts,tsx,js,mjs}"],
    rules: { "import-x/order": "error", "local/parent-imports-use-alias": "error" },
  },
];
