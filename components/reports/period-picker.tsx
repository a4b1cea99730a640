"use client";

// The report's period as two Chinese selects (年, 月): Chromium's native month input speaks the
// browser's language ("December 2021") whatever the page's. The form posts one field, "period".

const pad = (n: number) => String(n).padStart(2, "0");

export function PeriodPicker({ value, onChange, firstYear, lastYear, errors }: {
  /** "YYYY-MM" */
  value: string;
  onChange: (period: string) => void;
  firstYear: number;
  lastYear: number;
  errors?: string[];
}) {
  const [year, month] = value.split("-");
  const years: number[] = [];
  for (let y = Math.min(firstYear, Number(year)); y <= Math.max(lastYear, Number(year)); y++) years.push(y);
  const select = "mt-1 rounded border border-stone-400 bg-white px-3 py-2";
  return (
    <fieldset aria-describedby="period-error">
      <legend className="block text-sm font-medium">填报期</legend>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor="period-year" className="sr-only">填报年份</label>
        <select id="period-year" value={year} onChange={(e) => onChange(`${e.target.value}-${month}`)} aria-invalid={errors ? true : undefined} className={select}>
          {years.map((y) => <option key={y} value={String(y)}>{y}年</option>)}
        </select>
        <label htmlFor="period-month" className="sr-only">填报月份</label>
        <select id="period-month" value={month} onChange={(e) => onChange(`${year}-${e.target.value}`)} aria-invalid={errors ? true : undefined} className={select}>
          {Array.from({ length: 12 }, (_, i) => <option key={i} value={pad(i + 1)}>{i + 1}月</option>)}
        </select>
      </div>
      <input type="hidden" name="period" value={value} />
      <p id="period-error" className="mt-1 text-sm text-red-700" aria-live="polite">{errors?.join("；")}</p>
    </fieldset>
  );
}
