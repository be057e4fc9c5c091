import type { Db } from "../client.ts";

/** Deletes an article with its quotes, mentions, events and corrections; false when it did not exist. */
export async function deleteArticle(db: Db, id: number): Promise<boolean> {
  const { count } = await db.article.deleteMany({ where: { id } });
  return count > 0;
}
