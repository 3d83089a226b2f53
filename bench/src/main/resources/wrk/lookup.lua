-- wrk script for the public lookup: random seeded phone numbers (0900000001..0901000000), in a
-- mix of writings; about 40 % of them are in the store (see IntelSeeder).
-- wrk -t2 -c4 -d30s -s bench/src/main/resources/wrk/lookup.lua http://127.0.0.1:8091
math.randomseed(os.time())
local writings = { "09%08d", "+849%08d", "849%08d" }
request = function()
  local k = math.random(1, 1000000)
  local value = string.format(writings[math.random(1, 3)], k):gsub("+", "%%2B")
  return wrk.format("GET", "/api/lookup?value=" .. value)
end
