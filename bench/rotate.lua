-- wrk script: each request takes the next path from the file given after "--" (one per line),
-- so a scenario with many URLs (200 slugs, 10 search words) spreads its requests over all of them.
-- Used for every scenario, ours and nginx alike, so both pay the same client-side cost.
local paths, next_index = {}, 1

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  -- threads start at different places in the list
  next_index = (math.random(#paths) - 1) % #paths + 1
end

function request()
  local path = paths[next_index]
  next_index = next_index % #paths + 1
  return wrk.format("GET", path)
end

-- wrk's --latency prints 50/75/90/99 only; the portal's target is a p95, so print it too
-- (bench.py reads this line), for ours and nginx alike
function done(summary, latency, requests)
  io.write(string.format("Latency p95: %.2fms\n", latency:percentile(95) / 1000))
end
