/** Shown wherever generated demo reports could be taken for official figures. */
export function DemoDataNotice({ text = "演示数据：当前进展记录为系统生成的演示数据，仅供试用，不代表官方统计数字。" }: { text?: string }) {
  return (
    <p role="note" className="border-b border-amber-300 bg-amber-50 px-4 py-2 text-center text-sm text-amber-900">
      {text}
    </p>
  );
}
