// Preloaded into the benchmark's server (NODE_OPTIONS=--require): counts the SQL
// statements the server sends through node-postgres and tells the count on a side port, so the
// benchmark can read how many statements one page request took. Benchmark only.
const { isMainThread } = require("node:worker_threads");
// NODE_OPTIONS reaches tsx's module-loader thread too; count in the server's main thread only.
if (isMainThread) {
  const http = require("node:http");
  const pg = require("pg");

  let statements = 0;
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function countedQuery(...args) {
    const first = args[0];
    const text = typeof first === "string" ? first : first?.text ?? "";
    // Transaction control and the pool's connection checks are not statements of the page.
    if (!/^\s*(BEGIN|COMMIT|ROLLBACK|SET|SELECT 1\s*$)/i.test(text)) statements += 1;
    // BENCH_LOG_SLOW=<ms>: print the statements slower than that, to see where a page's time goes.
    const slow = Number(process.env.BENCH_LOG_SLOW);
    if (!slow) return query.apply(this, args);
    const start = performance.now();
    const report = () => {
      const ms = performance.now() - start;
      if (ms >= slow) process.stderr.write(`[bench] ${ms.toFixed(0)} ms: ${text.replace(/\s+/g, " ").slice(0, 160)}\n`);
    };
    const last = args[args.length - 1];
    if (typeof last === "function") {
      args[args.length - 1] = function timedCallback(...cb) {
        report();
        return last.apply(this, cb);
      };
      return query.apply(this, args);
    }
    const result = query.apply(this, args);
    if (result && typeof result.then === "function") result.then(report, () => undefined);
    return result;
  };

  const port = Number(process.env.BENCH_COUNTER_PORT);
  if (port) http.createServer((_req, res) => res.end(String(statements))).listen(port, "127.0.0.1").unref();
}
