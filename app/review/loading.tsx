export default function Loading() {
  return <p className="muted" role="status">Finding your next card…</p>;
}
