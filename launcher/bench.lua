-- wrk script of ./photoshare bench (launcher/bench.py). Arguments after "--":
--   paths FILE [TOKENS]   GET each path of FILE in turn (one per line); with TOKENS (a file of bearer
--                         tokens, one per line) each request is signed in as one of them
--   vote IDS TOKENS       PUT /api/photos/{id}/vote {"value": -1|0|1}, a random photo, user and value
--   comment IDS TOKENS    POST /api/photos/{id}/comments {"text": "..."}
-- At the end it prints one line of JSON: requests, seconds, p50 and p99 (microseconds), non-2xx/3xx
-- answers and socket errors, which bench.py reads.

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("number", counter)
  table.insert(threads, thread)
end

local function lines(file)
  local list = {}
  for line in io.lines(file) do
    if line ~= "" then
      table.insert(list, line)
    end
  end
  return list
end

local mode, items, tokens
local next_item = 0

function init(args)
  mode = args[1]
  items = lines(args[2])
  if args[3] then
    tokens = lines(args[3])
  end
  math.randomseed(os.time() * 100 + (number or 0))
  next_item = (number or 0) * 7
end

local function bearer()
  return { ["Authorization"] = "Bearer " .. tokens[math.random(#tokens)] }
end

function request()
  if mode == "paths" then
    next_item = next_item % #items + 1
    return wrk.format("GET", items[next_item], tokens and bearer() or nil)
  end
  local id = items[math.random(#items)]
  local headers = bearer()
  headers["Content-Type"] = "application/json"
  if mode == "vote" then
    local body = string.format('{"value":%d}', math.random(3) - 2)
    return wrk.format("PUT", "/api/photos/" .. id .. "/vote", headers, body)
  end
  local body = string.format('{"text":"benchmark comment %d"}', math.random(1000000))
  return wrk.format("POST", "/api/photos/" .. id .. "/comments", headers, body)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"seconds":%.3f,"p50_us":%d,"p99_us":%d,"non2xx":%d,"socket_errors":%d}\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50), latency:percentile(99),
    e.status, e.connect + e.read + e.write + e.timeout))
end
