"use client";

/** Opens the browser's print dialog: "另存为 PDF" there gives the PDF. */
export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className="rounded border border-stone-400 bg-white px-4 py-2 hover:bg-stone-100">
      打印 / 另存为 PDF
    </button>
  );
}
