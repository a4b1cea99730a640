export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">页面不存在或您无权访问</h1>
      <p className="mt-2 text-stone-600">请检查地址是否正确。</p>
      <a href="/console" className="mt-6 inline-block text-blue-800 underline">返回工作台</a>
    </main>
  );
}
