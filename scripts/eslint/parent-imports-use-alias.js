/**
 * ESLint rule: an import that leaves its folder (`../…`) names its target from the
 * repository root through the `@/` alias (tsconfig `paths`, Vitest and Next resolve it),
 * so a file reads the same wherever it moves. Autofix rewrites the specifier.
 */
import path from "node:path";

/** The repository root: the alias `@/` points here. */
const ROOT = path.resolve(import.meta.dirname, "..", "..");

/** @type {import("eslint").Rule.RuleModule} */
export const parentImportsUseAlias = {
  meta: {
    type: "suggestion",
    fixable: "code",
    docs: { description: "Imports that leave their folder use the @/ alias" },
    messages: { useAlias: 'Import "{{spec}}" leaves its folder: write it as "{{alias}}".' },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    /** @param {import("estree").Literal | null | undefined} source */
    function check(source) {
      if (!source || typeof source.value !== "string" || !source.value.startsWith("../")) return;
      const target = path.relative(ROOT, path.resolve(path.dirname(file), source.value));
      if (target.startsWith("..")) return;
      const alias = `@/${target.split(path.sep).join("/")}`;
      const quote = source.raw?.[0] ?? '"';
      context.report({
        node: source,
        messageId: "useAlias",
        data: { spec: source.value, alias },
        fix: (fixer) => fixer.replaceText(source, `${quote}${alias}${quote}`),
      });
    }
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => (node.source.type === "Literal" ? check(node.source) : undefined),
    };
  },
};

/** The repository's own ESLint plugin. */
export default { rules: { "parent-imports-use-alias": parentImportsUseAlias } };
