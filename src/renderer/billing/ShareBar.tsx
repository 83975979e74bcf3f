/**
 * A share as a bar, in plain SVG attributes (no style attribute, no chart library), so the
 * strict CSP holds. The figure stands beside it, so the drawing is hidden from screen readers.
 */
export function ShareBar({ percent }: { percent: number }) {
  const width = Math.min(100, Math.max(0, percent));
  return (
    <svg
      className="share-bar"
      viewBox="0 0 100 10"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <rect className="share-bar__track" x="0" y="0" width="100" height="10" />
      <rect
        className="share-bar__value"
        x="0"
        y="0"
        width={width}
        height="10"
        data-testid="share-bar"
      />
    </svg>
  );
}
