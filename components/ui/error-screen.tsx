"use client";

// Shows no internals: the details are in the server log, under the digest shown here.
export function ErrorScreen({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">系统暂时无法处理您的请求</h1>
      <p className="mt-2 text-stone-600">请稍后重试。如问题持续，请联系系统管理员{error.digest ? `，并提供编号 ${error.digest}` : ""}。</p>
      <p lang="en" className="mt-2 text-stone-600">Something went wrong. Please try again later{error.digest ? ` (reference ${error.digest})` : ""}.</p>
      <button type="button" onClick={reset} className="mt-6 rounded bg-stone-800 px-4 py-2 text-white">重试 Retry</button>
    </main>
  );
}
