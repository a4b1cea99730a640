/** A horizontally scrolling wrapper for wide tables on a phone, reachable and scrollable by keyboard. */
export function ScrollArea({ label, children, className }: { label: string; children: React.ReactNode; className?: string }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`overflow-x-auto ${className ?? ""}`}>
      {children}
    </div>
  );
}
