/** A titled part of a dashboard page. */
export function Section({ id, title, note, children }: { id: string; title: string; note?: React.ReactNode; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="mt-8">
      <h2 id={`${id}-title`} className="text-lg font-semibold text-stone-900">{title}</h2>
      {note ? <p className="mt-1 text-sm text-stone-600">{note}</p> : null}
      <div className="mt-3">{children}</div>
    </section>
  );
}

/**
 * A table that scrolls sideways on a phone instead of squeezing its columns; focusable so that
 * it scrolls by keyboard too. `tall`: also scrolls down past 30rem.
 */
export function TableBox({ label, tall, children }: { label: string; tall?: boolean; children: React.ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`relative min-w-0 overflow-x-auto rounded-lg border border-stone-200 bg-white ${tall ? "max-h-[30rem] overflow-y-auto" : ""}`}>
      {children}
    </div>
  );
}

/** A chart and its caption; the table beside it carries the same numbers. */
export function ChartBox({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <figure className="min-w-0 self-start rounded-lg border border-stone-200 bg-white p-3">
      <figcaption className="text-sm font-medium text-stone-800">{title}（图，数据见右侧或下方表格）</figcaption>
      {children}
    </figure>
  );
}

export const th = "whitespace-nowrap px-3 py-2 text-left font-medium text-stone-700";
export const td = "px-3 py-2 align-top";
export const caption = "px-3 py-2 text-left text-sm font-medium text-stone-800";
