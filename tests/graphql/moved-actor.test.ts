import { describe, expect, it } from "vitest";
import { mergeActors } from "@/lib/db/mutations/merge-actors.ts";
import { ok } from "./support/exec.ts";
import { useSeededApi } from "./support/seeded-api.ts";

describe("Query.movedActor", () => {
  const api = useSeededApi();
  const moved = async (slug: string) =>
    ok(await api.run<any>(`query($s: String!) { movedActor(slug: $s) { name slug } }`, { s: slug })).movedActor;

  it("points a merged actor's old slug, and the slugs that pointed to it, at the actor it became", async () => {
    const slugOf = async (id: number) => (await api.db.actor.findUniqueOrThrow({ where: { id } })).slug;
    const [khanSlug, lopezSlug] = [await slugOf(api.ids.khan), await slugOf(api.ids.lopez)];
    expect(await moved(khanSlug)).toBeNull();
    await mergeActors(api.db, api.ids.khan, api.ids.lopez);
    expect(await moved(khanSlug)).toEqual({ name: "Lucía López", slug: lopezSlug });
    // merged again: the first old slug follows to the newest target
    await mergeActors(api.db, api.ids.lopez, api.ids.atmar);
    const atmar = { name: "Mohammad Hanif Atmar", slug: await slugOf(api.ids.atmar) };
    expect(await moved(khanSlug)).toEqual(atmar);
    expect(await moved(lopezSlug)).toEqual(atmar);
    expect(await moved("no-such-actor")).toBeNull();
  });
});
