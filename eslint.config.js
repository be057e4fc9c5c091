// ESLint (flat config): typescript-eslint, import order and cycles, the layer rule of
// tests/architecture as import restrictions, and graphql-eslint on the printed schema.
import js from "@eslint/js";
import graphqlPlugin from "@graphql-eslint/eslint-plugin";
import prettierConfig from "eslint-config-prettier";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";
import tseslint from "typescript-eslint";
import local from "./scripts/eslint/parent-imports-use-alias.js";

// The two import-rewriting rules (order, @/ alias): `npm run lint:imports` (eslint.imports.config.js,
// eslint --fix with both on) rewrote the codebase once; from then on they are errors.
const IMPORT_REWRITE = "error";

/** Layers point one way (README "Layout"): each entry forbids `from` inside `target`. */
const LAYER_ZONES = [
  {
    target: "./lib/extraction",
    from: ["./lib/db", "./lib/ingest", "./graphql", "./app", "./generated"],
    message: "extraction is pure",
  },
  {
    target: "./lib/text",
    from: ["./lib/db", "./lib/ingest", "./lib/extraction", "./graphql", "./app"],
    message: "text utilities are leaves",
  },
  { target: "./lib/db", from: ["./graphql", "./app"], message: "the data layer knows nothing of the API" },
  { target: "./graphql", from: ["./app"], message: "the API knows nothing of pages" },
  { target: "./app", except: ["./api"], from: ["./lib/db", "./generated"], message: "pages read data through GraphQL" },
];

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "generated/",
      "graphql/generated/",
      "data/",
      ".next*/",
      "coverage/",
      "test-artifacts/",
      "next-env.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,js,mjs}"],
    plugins: { "import-x": importX, local },
    settings: { "import-x/resolver-next": [createTypeScriptImportResolver({ alwaysTryTypes: true })] },
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly", Buffer: "readonly" } },
    rules: {
      // type-only imports stay type-only, so bundles and tsx never load a module for a type
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "import-x/no-self-import": "error",
      "import-x/no-duplicates": ["error", { "prefer-inline": true }],
      "import-x/first": "error",
      "import-x/newline-after-import": "error",
      "import-x/order": [
        IMPORT_REWRITE,
        {
          groups: ["builtin", "external", "internal", ["parent", "sibling", "index"]],
          pathGroups: [{ pattern: "@/**", group: "internal" }],
          "newlines-between": "never",
          alphabetize: { order: "asc", caseInsensitive: true },
        },
      ],
      "import-x/no-restricted-paths": ["error", { zones: LAYER_ZONES }],
      "local/parent-imports-use-alias": IMPORT_REWRITE,
      "no-console": "off",
    },
  },
  {
    // extraction is pure: no file system, no database client, no framework
    files: ["lib/extraction/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["fs", "node:fs", "fs/promises", "node:fs/promises", "next", "@prisma/client"].map((name) => ({
            name,
            message: "lib/extraction is pure: no I/O, no Prisma, no framework",
          })),
          patterns: [{ group: ["*prisma*", "next/*"], message: "lib/extraction is pure: no Prisma, no framework" }],
        },
      ],
    },
  },
  {
    files: ["tests/**/*.ts", "bench/**/*.ts"],
    rules: {
      // tests poke at shapes on purpose (invalid input, partial mocks)
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
  {
    files: ["schema.graphql"],
    languageOptions: { parser: graphqlPlugin.parser, parserOptions: { graphQLConfig: { schema: "schema.graphql" } } },
    plugins: { "@graphql-eslint": graphqlPlugin },
    rules: {
      "@graphql-eslint/require-description": [
        "error",
        {
          types: true,
          rootField: true,
          FieldDefinition: true,
          InputValueDefinition: true,
          EnumValueDefinition: true,
          DirectiveDefinition: true,
        },
      ],
      "@graphql-eslint/no-typename-prefix": "error",
      "@graphql-eslint/naming-convention": [
        "error",
        {
          types: "PascalCase",
          FieldDefinition: "camelCase",
          EnumValueDefinition: "UPPER_CASE",
          InputValueDefinition: "camelCase",
        },
      ],
    },
  },
  prettierConfig,
);
