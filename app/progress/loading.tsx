export default function Loading() {
  return <p className="muted" role="status">Adding up your progress…</p>;
}
