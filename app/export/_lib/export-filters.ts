/**
 * The query string of an export read against the filters its list accepts: the list page's
 * parameter names and the API connection's argument names, each checked like the page checks it.
 * Anything else is the caller's mistake and answers 400 naming it, since an export that silently
 * ignored a misspelt filter would hand over the wrong rows.
 */
import { filterErrorMessage, type FilterRule } from "@/app/_components/filter-errors.ts";

/** Longest value a filter takes, as on the pages' forms. */
export const MAX_FILTER_LENGTH = 200;

/** A request the export cannot answer: bad filters are 400, an unknown actor 404. */
export class ExportRequestError extends Error {
  /** The HTTP status to answer with. */
  readonly status: 400 | 404;

  constructor(message: string, status: 400 | 404 = 400) {
    super(message);
    this.name = "ExportRequestError";
    this.status = status;
  }
}

/** One accepted query parameter: its check, and the operation variable it sets (and how). */
export interface ExportParam extends Partial<FilterRule> {
  /** The variable of the list's operation this parameter fills; page and API names may share one. */
  variable: string;
  /** The variable's value for a checked parameter value; the value itself when absent. */
  toVariable?: (v: string) => unknown;
}

/** A rule accepting any text up to MAX_FILTER_LENGTH characters. */
export const TEXT = { ok: () => true, expected: "text" } as const;

/** A rule accepting one of `values` (case-insensitive; the variable gets the upper-case name). */
export function enumParam(variable: string, values: readonly string[]): ExportParam {
  return {
    variable,
    ok: (v) => values.includes(v.toUpperCase()),
    expected: `one of ${values.join(", ")}`,
    toVariable: (v) => v.toUpperCase(),
  };
}

/** A rule for an `orderBy` argument written FIELD_DIRECTION, e.g. PUBLISHED_AT_DESC. */
export function orderParam(fields: readonly string[]): ExportParam {
  const values = fields.flatMap((f) => [`${f}_ASC`, `${f}_DESC`]);
  return {
    variable: "orderBy",
    ok: (v) => values.includes(v.toUpperCase()),
    expected: `one of ${values.join(", ")}`,
    toVariable: (v) => {
      const u = v.toUpperCase();
      const cut = u.lastIndexOf("_");
      return { field: u.slice(0, cut), direction: u.slice(cut + 1) };
    },
  };
}

/** The operation variables of `query` under `params`; throws ExportRequestError naming the first bad parameter. */
export function readExportFilters(
  params: Readonly<Record<string, ExportParam>>,
  query: URLSearchParams,
): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  const setBy: Record<string, string> = {};
  for (const name of new Set(query.keys())) {
    const spec = Object.hasOwn(params, name) ? params[name] : undefined;
    if (!spec)
      throw new ExportRequestError(
        `The filter “${name.slice(0, 100)}” is not one this export understands: expected one of ${Object.keys(params).join(", ")}.`,
      );
    const v = query.get(name)!.trim();
    if (!v) continue;
    if (v.length > MAX_FILTER_LENGTH)
      throw new ExportRequestError(`The filter “${name}” is longer than ${MAX_FILTER_LENGTH} characters.`);
    if (spec.ok && !spec.ok(v)) throw new ExportRequestError(filterErrorMessage(name, v, spec.expected ?? "text"));
    const value = spec.toVariable ? spec.toVariable(v) : v;
    const prior = setBy[spec.variable];
    if (prior !== undefined && JSON.stringify(variables[spec.variable]) !== JSON.stringify(value))
      throw new ExportRequestError(`The filters “${prior}” and “${name}” say different things: give one of them.`);
    variables[spec.variable] = value;
    setBy[spec.variable] = name;
  }
  return variables;
}
