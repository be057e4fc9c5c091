/** JSON-LD in a script tag, serialised so no string in the data can end the script element. */

/** JSON text safe inside <script>: `<`, `>`, `&` and the JS line separators become \u escapes. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** A `<script type="application/ld+json">` holding `data`; the only raw HTML this app writes, and it is escaped JSON. */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}

const SCHEMA_TYPES: Record<string, string> = {
  PERSON: "Person",
  ORGANIZATION: "Organization",
  COUNTRY: "Country",
  LOCATION: "Place",
};

/** The schema.org type of an actor type; anonymous sources are only a Thing. */
export function schemaTypeOf(actorType: string): string {
  return SCHEMA_TYPES[actorType] ?? "Thing";
}
