/**
 * A horizontal bar for a share (0..1) of the row's reference, next to the figure it repeats, so
 * it is hidden from assistive technology. Its width is set through the CSSOM (Preact assigns
 * `style.width`), which a `style-src 'self'` policy allows, unlike a style attribute.
 */
export function ShareBar({ share }: { share: number }) {
  const clamped = Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 0;
  return (
    <span class="bar" aria-hidden="true">
      <span class="bar-fill" style={{ width: `${(clamped * 100).toFixed(1)}%` }} />
    </span>
  );
}
