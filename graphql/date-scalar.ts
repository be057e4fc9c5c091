/** The `Date` scalar: partial ISO dates ("2018", "2018-03", "2018-03-15") in and out. */
import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Whether `s` is a real partial ISO date ("2018-02-30" is not). */
export function isPartialDate(s: string): boolean {
  const m = PARTIAL_DATE.exec(s);
  if (!m) return false;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo ?? "1") - 1, Number(d ?? "1")));
  return (
    date.getUTCFullYear() === Number(y) &&
    date.getUTCMonth() === Number(mo ?? "1") - 1 &&
    date.getUTCDate() === Number(d ?? "1")
  );
}

function check(value: unknown): string {
  if (typeof value !== "string" || !isPartialDate(value)) {
    throw new GraphQLError(
      `Date must be a partial ISO date like "2018", "2018-03" or "2018-03-15", got ${JSON.stringify(value)?.slice(0, 60)}.`,
      {
        extensions: { code: "BAD_USER_INPUT" },
      },
    );
  }
  return value;
}

/** The first instant of a partial date's period (UTC). */
export function periodStart(s: string): Date {
  const [y, mo, d] = s.split("-").map(Number);
  return new Date(Date.UTC(y!, (mo ?? 1) - 1, d ?? 1));
}

/** The first instant after a partial date's period, so `to: "2018"` includes all of 2018. */
export function periodEnd(s: string): Date {
  const [y, mo, d] = s.split("-").map(Number);
  if (d !== undefined) return new Date(Date.UTC(y!, mo! - 1, d + 1));
  if (mo !== undefined) return new Date(Date.UTC(y!, mo, 1));
  return new Date(Date.UTC(y! + 1, 0, 1));
}

/** The scalar's implementation. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description:
    'A partial ISO-8601 date: "2018", "2018-03" or "2018-03-15". Its precision says how much of it is known.',
  serialize: (v) => check(v),
  parseValue: (v) => check(v),
  parseLiteral: (ast) => check(ast.kind === Kind.STRING ? ast.value : undefined),
});
