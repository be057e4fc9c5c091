import type { Db } from "@/lib/db/client.ts";
import { resolveActors } from "@/lib/db/resolve-actor.ts";
import { providerOf, runStepsInPrisma } from "@/lib/db/write/run-in-prisma.ts";
import type { ActorType } from "@/lib/extraction/types.ts";
import { normalizeKey } from "@/lib/text/normalize-key.ts";
import { MAX_ACTOR_NAME } from "./update-actor.ts";

/**
 * The actor an editor names as a speaker: the stored one of that type and name (or
 * multi-word alias), as ingest would find it, else a new one. Null when the name is
 * empty or longer than MAX_ACTOR_NAME.
 */
export async function findOrCreateActor(db: Db, rawName: string, type: ActorType): Promise<number | null> {
  const name = rawName.trim().replace(/\s+/g, " ");
  if (!normalizeKey(name) || name.length > MAX_ACTOR_NAME) return null;
  const provider = providerOf(db);
  const ids = await db.$transaction((tx) =>
    runStepsInPrisma(tx, provider, () =>
      resolveActors([{ key: name, name, type, aliases: [], title: null }], "editor", new Date()),
    ),
  );
  return ids.get(name) ?? null;
}
