/** The site search box: a plain GET form to /search, so it works without JavaScript. */

/** A labelled search field and button; `id` keeps labels unique when a page has two forms. */
export function SearchForm({ defaultValue = "", id = "site-search" }: { defaultValue?: string; id?: string }) {
  return (
    <form className="search" action="/search" method="get" role="search">
      <label htmlFor={id}>Search actors, quotes and articles</label>
      <div className="row">
        <input
          id={id}
          name="q"
          type="search"
          defaultValue={defaultValue}
          maxLength={200}
          placeholder="e.g. Atmar Haqqani"
        />
        <button type="submit">Search</button>
      </div>
    </form>
  );
}
