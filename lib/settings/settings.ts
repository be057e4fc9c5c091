/**
 * Every environment variable the app and its scripts read, parsed once with zod.
 * The README's "Environment" table lists the same variables; a bad value throws an
 * error naming the variable, the value and the expected form.
 */
import path from "node:path";
import { z } from "zod";
import { parseAllowedOrigins, type AllowedOrigins } from "@/lib/http/cors.ts";
import { parsePublicUrl } from "@/lib/http/public-origin.ts";
import { parseTrustProxy } from "@/lib/http/trust-proxy.ts";
import { parsePrivateHostAllowance, type PrivateHostAllowance } from "@/lib/ingest/web/ssrf-guard.ts";

/** The environment as read from the process, one string (or nothing) per variable. */
export type RawEnv = Record<string, string | undefined>;

const flag = (name: string, fallback: "0" | "1") =>
  z
    .enum(["0", "1"], { errorMap: () => ({ message: `${name} must be 0 or 1` }) })
    .default(fallback)
    .transform((v) => v === "1");

const wholeNumber = (name: string, min: number, fallback: number) =>
  z.coerce
    .number({ invalid_type_error: `${name} must be a whole number` })
    .int(`${name} must be a whole number`)
    .min(min, `${name} must be at least ${min}`)
    .default(fallback);

const origins = z
  .string()
  .default("*")
  .transform((v, ctx): AllowedOrigins => {
    try {
      return parseAllowedOrigins(v);
    } catch (err) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `CORS_ALLOWED_ORIGINS: ${(err as Error).message}` });
      return z.NEVER;
    }
  });

/** A string setting read by its own parser (lib/http), checked here so a bad value fails at start, naming the variable. */
const checked = (name: string, parse: (v: string) => unknown) =>
  z
    .string()
    .optional()
    .superRefine((v, ctx) => {
      if (v === undefined) return;
      try {
        parse(v);
      } catch (err) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${name}: ${(err as Error).message}` });
      }
    });

const privateHosts = z
  .string()
  .default("")
  .transform((v, ctx): PrivateHostAllowance => {
    try {
      return parsePrivateHostAllowance(v);
    } catch (err) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `INGEST_ALLOW_PRIVATE_HOSTS: ${(err as Error).message}` });
      return z.NEVER;
    }
  });

const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, "DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL)")
    .optional(),
  API_TOKEN: z.string().min(16, "API_TOKEN must be at least 16 characters").optional(),
  SESSION_SECRET: z.string().min(32, "SESSION_SECRET must be at least 32 characters").optional(),
  PORT: z.coerce
    .number()
    .int("PORT must be a whole number")
    .min(1, "PORT must be 1-65535")
    .max(65535, "PORT must be 1-65535")
    .default(3000),
  NODE_ENV: z
    .enum(["development", "production", "test"], {
      errorMap: () => ({ message: "NODE_ENV must be development, production or test" }),
    })
    .optional(),
  RATE_LIMIT_PER_MINUTE: wholeNumber("RATE_LIMIT_PER_MINUTE", 0, 600),
  RATE_LIMIT_BURST: wholeNumber("RATE_LIMIT_BURST", 1, 120),
  RATE_LIMIT_PAGES_PER_MINUTE: z.coerce
    .number({ invalid_type_error: "RATE_LIMIT_PAGES_PER_MINUTE must be a whole number" })
    .int("RATE_LIMIT_PAGES_PER_MINUTE must be a whole number")
    .min(0, "RATE_LIMIT_PAGES_PER_MINUTE must be at least 0")
    .optional(),
  RATE_LIMIT_PAGES_BURST: z.coerce
    .number({ invalid_type_error: "RATE_LIMIT_PAGES_BURST must be a whole number" })
    .int("RATE_LIMIT_PAGES_BURST must be a whole number")
    .min(1, "RATE_LIMIT_PAGES_BURST must be at least 1")
    .optional(),
  RATE_LIMIT_STORE: z
    .enum(["auto", "memory", "postgres"], {
      errorMap: () => ({ message: "RATE_LIMIT_STORE must be auto, memory or postgres" }),
    })
    .default("auto"),
  TRUST_PROXY: checked("TRUST_PROXY", parseTrustProxy),
  PUBLIC_URL: checked("PUBLIC_URL", parsePublicUrl),
  FC_SEED: z.coerce
    .number({ invalid_type_error: "FC_SEED must be a whole number" })
    .int("FC_SEED must be a whole number")
    .optional(),
  RESPONSE_CACHE: flag("RESPONSE_CACHE", "1"),
  RESPONSE_CACHE_MB: z.coerce
    .number({ invalid_type_error: "RESPONSE_CACHE_MB must be a number" })
    .positive("RESPONSE_CACHE_MB must be a positive number")
    .default(64),
  CORS_ALLOWED_ORIGINS: origins,
  NEXT_DIST_DIR: z.string().min(1).default(".next"),
  CHROMIUM_PATH: z.string().min(1).default("/usr/bin/chromium"),
  TEST_DATABASE: z
    .enum(["sqlite", "postgres"], { errorMap: () => ({ message: "TEST_DATABASE must be sqlite or postgres" }) })
    .default("sqlite"),
  TEST_POSTGRES_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "TEST_POSTGRES_URL must start with postgresql://")
    .default("postgresql://postgres@127.0.0.1:5432/test"),
  E2E_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "E2E_DATABASE_URL must start with postgresql://")
    .optional(),
  BENCH_POSTGRES_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "BENCH_POSTGRES_URL must start with postgresql://")
    .default("postgresql://postgres@127.0.0.1:5432/test"),
  INGEST_ALLOW_PRIVATE_HOSTS: privateHosts,
  INGEST_FETCH_TIMEOUT_MS: wholeNumber("INGEST_FETCH_TIMEOUT_MS", 100, 15_000),
  INGEST_MAX_PAGE_BYTES: wholeNumber("INGEST_MAX_PAGE_BYTES", 1024, 5 * 1024 * 1024),
  INGEST_HOST_DELAY_MS: wholeNumber("INGEST_HOST_DELAY_MS", 0, 1000),
  UPDATE_FIXTURES: flag("UPDATE_FIXTURES", "0"),
  DUMP_SQL: flag("DUMP_SQL", "0"),
});

/** The settings, typed, with defaults applied. */
export type Settings = z.infer<typeof schema> & { databaseUrl: string; provider: "sqlite" | "postgresql" };

/** Parses `env` (an empty string counts as unset); throws one error naming every bad variable and its value. */
export function parseSettings(env: RawEnv): Settings {
  const raw = Object.fromEntries(Object.keys(schema.shape).map((k) => [k, env[k] === "" ? undefined : env[k]]));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const msg = parsed.error.issues
      .map((i) => {
        const name = String(i.path[0] ?? "");
        return `${name}=${JSON.stringify(raw[name] ?? "")}: ${i.message.startsWith(name) ? i.message : `${name}: ${i.message}`}`;
      })
      .join("; ");
    throw new Error(`invalid environment: ${msg}`);
  }
  const databaseUrl = parsed.data.DATABASE_URL ?? `file:${path.resolve("data/dev.db")}`;
  return { ...parsed.data, databaseUrl, provider: databaseUrl.startsWith("file:") ? "sqlite" : "postgresql" };
}

let cached: Settings | null = null;

/** The process's settings, parsed on first use and then reused. */
export function getSettings(): Settings {
  cached ??= parseSettings(process.env);
  return cached;
}

/** Forgets the parsed settings, so the next `getSettings()` reads the environment again (for tests that set it). */
export function resetSettings(): void {
  cached = null;
}
