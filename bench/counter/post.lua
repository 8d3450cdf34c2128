-- wrk script: each request records a visit from another reader, as the reverse proxy in front of
-- `bulletin counter` would name them in X-Forwarded-For (loopback is a trusted proxy by default).
-- 65,536 distinct readers, so the per-client rate limit (30 a minute) never refuses one in a 30 s run.
local n = 0
local thread_id = 0
local counter = 0

function setup(thread)
  thread:set("thread_id", counter)
  counter = counter + 1
end

request = function()
  n = n + 1
  local reader = (n * 2 + thread_id) % 65536
  local headers = {
    ["Content-Type"] = "application/json",
    ["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
    ["X-Forwarded-For"] = "10.1." .. math.floor(reader / 256) .. "." .. (reader % 256),
  }
  return wrk.format("POST", "/api/visits", headers, '{"path":"/p' .. (n % 50) .. '/"}')
end

-- wrk's --latency table stops at p99; the run's own histogram gives p99.9 as well.
function done(summary, latency, requests)
  io.write(string.format("percentiles: p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms (%d requests, %d non-2xx)\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency:percentile(99.9) / 1000,
    summary.requests, summary.errors.status))
end
