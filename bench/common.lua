-- Shared by every scenario script: a seed per thread, and one line of figures that
-- scripts/benchmark reads (latencies in microseconds).
local threads = 0

function setup(thread)
   thread:set("tid", threads)
   threads = threads + 1
end

function seed()
   math.randomseed(os.time() * 100 + (tid or 0))
end

function done(summary, latency, requests)
   local e = summary.errors
   io.write(string.format(
      "RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d non2xx=%d socket=%d\n",
      summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
      e.status, e.connect + e.read + e.write + e.timeout))
end
