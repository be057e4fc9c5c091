import { describe, expect, it } from "vitest";
import { getQueueDatabase, QueueUnavailableError } from "@/lib/queue/queue-database.ts";

describe("getQueueDatabase", () => {
  it("refuses SQLite and says what to do instead", () => {
    expect(() => getQueueDatabase("file:/tmp/x.db")).toThrow(QueueUnavailableError);
    expect(() => getQueueDatabase("file:/tmp/x.db")).toThrow(/needs PostgreSQL.*without --queue/);
  });

  it("keeps the queue in graphile_worker beside the public schema", () => {
    expect(getQueueDatabase("postgresql://u@h:5432/news")).toEqual({
      connectionString: "postgresql://u@h:5432/news",
      schema: "graphile_worker",
    });
  });

  it("gives each app schema a queue schema of its own, without passing ?schema= to the server", () => {
    expect(getQueueDatabase("postgresql://u@h:5432/news?schema=t_1&sslmode=disable")).toEqual({
      connectionString: "postgresql://u@h:5432/news?sslmode=disable",
      schema: "t_1_graphile_worker",
    });
  });

  it("refuses a schema name that cannot be quoted safely", () => {
    expect(() => getQueueDatabase('postgresql://u@h/news?schema=a"b')).toThrow(/invalid PostgreSQL schema name/);
  });
});
