import path from "node:path";
import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, "DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL)")
    .optional(),
  API_TOKEN: z.string().min(16, "API_TOKEN must be at least 16 characters").optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
});

/** Environment as the app uses it, parsed once. */
export type AppEnv = z.infer<typeof schema> & { databaseUrl: string; provider: "sqlite" | "postgresql" };

let cached: AppEnv | null = null;

/** The parsed environment; throws a readable error naming the bad variable. */
export function getEnv(): AppEnv {
  if (cached) return cached;
  const parsed = schema.safeParse({
    DATABASE_URL: process.env.DATABASE_URL || undefined,
    API_TOKEN: process.env.API_TOKEN || undefined,
    PORT: process.env.PORT || undefined,
  });
  if (!parsed.success) {
    const msg = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`invalid environment: ${msg}`);
  }
  const databaseUrl = parsed.data.DATABASE_URL ?? `file:${path.resolve("data/dev.db")}`;
  cached = { ...parsed.data, databaseUrl, provider: databaseUrl.startsWith("file:") ? "sqlite" : "postgresql" };
  return cached;
}
