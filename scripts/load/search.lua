-- wrk script for scripts/load/search.sh: rotates over a few さがす requests (keyword + place, filters, paging,
-- detail, local government lookup) and prints the latency percentiles and the non-2xx count at the end.

local function encode(s)
  return (s:gsub("[^%w%-%._~=&/?]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local paths = {
  "/api/procedures?q=児童手当&lg=131181",
  "/api/procedures?q=引っ越し&lg=011011",
  "/api/procedures?q=パスポート&lg=271004",
  "/api/procedures?q=ほいくえん&lg=131016",
  "/api/procedures?lg=141003&category=children",
  "/api/procedures?lg=401005&lifeEvent=moving&online=true",
  "/api/procedures?q=マイナ保険証",
  "/api/procedures?q=じどうてあて&lg=232033",
  "/api/procedures/child-allowance-certification?lg=131181",
  "/api/local-governments?q=さっぽろ",
}
for i, p in ipairs(paths) do paths[i] = encode(p) end

local counter = 0

function setup(thread)
  thread:set("offset", counter)
  counter = counter + 3
end

function init(args)
  position = tonumber(wrk.thread:get("offset")) or 0
end

function request()
  position = position + 1
  return wrk.format("GET", paths[(position % #paths) + 1])
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local status = summary.errors.status or 0
  io.write(string.format("requests: %d in %.1f s (%.0f req/s); non-2xx: %d; socket errors: %d\n",
    summary.requests, seconds, summary.requests / seconds, status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("latency: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
