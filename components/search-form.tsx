/** A GET form that searches a list by title (keeps working without JavaScript). */
export function SearchForm({ q, label, action }: { q: string; label: string; action: string }) {
  return (
    <form role="search" method="get" action={action} className="search" aria-label={label}>
      <label htmlFor="q">Search titles</label>
      <input id="q" name="q" type="search" defaultValue={q} maxLength={100} />
      <button type="submit" className="secondary">
        Search
      </button>
      {q && <a href={action}>Clear</a>}
    </form>
  );
}
