import { describe, expect, it } from "vitest";
import { parseWrk } from "./http-bench";

const OUTPUT = `Running 10s test @ http://127.0.0.1:8080/
  2 threads and 64 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     3.12ms    1.02ms  20.00ms   80.00%
    Req/Sec    10.25k     1.00k   11.00k    70.00%
  Latency Distribution
     50%  850.00us
     75%    3.50ms
     90%    4.00ms
     99%    1.20s
  204000 requests in 10.00s, 50.00MB read
  Socket errors: connect 0, read 2, write 0, timeout 3
  Non-2xx or 3xx responses: 100
Requests/sec:  20400.50
Transfer/sec:      5.00MB
`;

describe("parseWrk", () => {
  it("reads requests/s, the median and 99th percentile in ms, socket errors and non-2xx", () => {
    expect(parseWrk(OUTPUT)).toEqual({ requestsPerSec: 20400.5, p50: 1, p99: 1200, errors: 5, non2xx: 100 });
  });

  it("counts no errors when wrk reports none", () => {
    const clean = OUTPUT.replace(/ {2}Socket errors.*\n/, "").replace(/ {2}Non-2xx.*\n/, "");
    expect(parseWrk(clean)).toMatchObject({ errors: 0, non2xx: 0 });
  });

  it("refuses output it cannot read rather than report zeros", () => {
    expect(() => parseWrk("unable to connect to 127.0.0.1:8080 Connection refused")).toThrow(/wrk/);
  });
});
