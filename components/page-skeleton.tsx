// What a page shows while its data loads (loading.tsx): grey blocks in the shape of the page
// and a line that says what is coming, announced politely to screen readers. It shows only
// after 0.4 s, so a page that loads quickly never flashes it.
export function PageSkeleton({ label, blocks = 3 }: { label: string; blocks?: number }) {
  return (
    <div role="status" aria-live="polite" data-testid="loading" className="loading">
      <p className="small muted">{label}</p>
      <span className="skeleton title" aria-hidden="true" />
      <span className="skeleton line" aria-hidden="true" />
      {Array.from({ length: blocks }, (_, i) => (
        <span key={i} className="skeleton block" aria-hidden="true" />
      ))}
    </div>
  );
}
