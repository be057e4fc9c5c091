/** Example operations GraphiQL opens with, one per tab; the first is the product's showcase query. */
export const GRAPHIQL_EXAMPLES: readonly { query: string; variables?: string }[] = Object.freeze([
  {
    query: `# Quotes by a speaker, by name or alias, case- and accent-insensitive
query QuotesBySpeaker {
  quotes(speaker: "Atmar", first: 5) {
    totalCount
    nodes {
      id
      text
      speaker { name slug }
      article { title slug }
    }
  }
}
`,
  },
  {
    query: `# The most quoted actors, with who they appear alongside
query TopActors($first: Int = 10) {
  actors(orderBy: { field: QUOTE_COUNT, direction: DESC }, first: $first) {
    pageInfo { hasNextPage endCursor }
    nodes {
      name
      type
      quoteCount
      firstSeen
      lastSeen
      relatedActors(first: 3) { edges { sharedArticles node { name } } }
    }
  }
}
`,
    variables: `{ "first": 10 }`,
  },
  {
    query: `# Search across actors, quotes and articles
query SearchAndStats {
  search(query: "talks", limit: 5) {
    actors { name }
    quotes { text speaker { name } }
    articles { title publishedAt }
  }
  stats { articles actors quotes events }
}
`,
  },
]);
