import type { Db } from "@/lib/db/client.ts";

/** The id of the actor a merged actor's old slug now points to (lib/db/mutations/merge-actors.ts), or null when the slug never redirected. */
export async function getRedirectedActorId(db: Db, slug: string): Promise<number | null> {
  const r = await db.actorSlugRedirect.findUnique({ where: { slug }, select: { actorId: true } });
  return r?.actorId ?? null;
}
