/** Home page (placeholder until the GraphQL layer lands). */
export default function Home() {
  return <h1>News Knowledge Graph</h1>;
}
