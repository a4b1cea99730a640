/**
 * A horizontally scrolling wrapper for wide tables on a phone, reachable and scrollable by keyboard;
 * shadows at its edges (.scroll-x) show that there is more to either side.
 */
export function ScrollArea({ label, children, className }: { label: string; children: React.ReactNode; className?: string }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`scroll-x overflow-x-auto ${className ?? ""}`}>
      {children}
    </div>
  );
}
