/** The shape of a quote as the embeds read it from GraphQL. */
import type { EmbedActorQuery } from "@/app/_generated/operations.ts";

/** The fields of `Quote` an embed shows, as `EMBED_QUOTE_FIELDS` selects them (typed by codegen from EmbedActor). */
export type EmbedQuote = NonNullable<EmbedActorQuery["actor"]>["quotes"]["nodes"][number];

/** The GraphQL selection of `EmbedQuote`, to spread into operations on Quote. */
export const EMBED_QUOTE_FIELDS =
  "id text kind speaker { name slug } article { title displayTitle slug publishedAt publisher }";
